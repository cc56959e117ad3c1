from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_value_period import OpportunityValuePeriod
from ..types import UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.custom_field_values import CustomFieldValues
    from ..models.opportunity_attachment import OpportunityAttachment


T = TypeVar("T", bound="OpportunityUpdate")


@_attrs_define
class OpportunityUpdate:
    """Fields to change on an opportunity (a patch). `custom.<field id>: null` unsets a custom
    field; `custom.<field id>.add` / `.remove` change one value of a multi-value field.

        Attributes:
            status_id (str | Unset): Moving to a `won` status sets `date_won` to today unless it is set or given.
            status (str | Unset): A status label; prefer `status_id`.
            note (str | Unset):
            confidence (int | Unset):
            value (int | Unset): The value in cents.
            value_period (OpportunityValuePeriod | Unset): How often an opportunity's value recurs.
            contact_id (None | str | Unset):
            user_id (None | str | Unset):
            date_won (datetime.date | None | Unset):
            attachments (list[OpportunityAttachment] | Unset):
            custom_fields (CustomFieldValues | Unset): Custom field values keyed by custom field id.
    """

    status_id: str | Unset = UNSET
    status: str | Unset = UNSET
    note: str | Unset = UNSET
    confidence: int | Unset = UNSET
    value: int | Unset = UNSET
    value_period: OpportunityValuePeriod | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    date_won: datetime.date | None | Unset = UNSET
    attachments: list[OpportunityAttachment] | Unset = UNSET
    custom_fields: CustomFieldValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        status_id = self.status_id
        if status_id is not UNSET:
            field_dict["status_id"] = status_id

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        note = self.note
        if note is not UNSET:
            field_dict["note"] = note

        confidence = self.confidence
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        value = self.value
        if value is not UNSET:
            field_dict["value"] = value

        value_period: str | Unset = UNSET
        if not isinstance(self.value_period, Unset):
            value_period = self.value_period.value

        if value_period is not UNSET:
            field_dict["value_period"] = value_period

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        date_won: None | str | Unset
        if isinstance(self.date_won, Unset):
            date_won = UNSET
        elif isinstance(self.date_won, datetime.date):
            date_won = self.date_won.isoformat()
        else:
            date_won = self.date_won
        if date_won is not UNSET:
            field_dict["date_won"] = date_won

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart. A ``src_dict`` that is not a JSON object raises ``TypeError``.
        """
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict: fast
            raise not_an_object("OpportunityUpdate", src_dict)
        from ..models.custom_field_values import CustomFieldValues  # noqa: PLC0415
        from ..models.opportunity_attachment import OpportunityAttachment  # noqa: PLC0415

        d = dict(src_dict)
        _raw_status_id = d.pop("status_id", UNSET)
        status_id: str | Unset
        if isinstance(_raw_status_id, str):
            status_id = _raw_status_id
        else:
            status_id = UNSET
            if _raw_status_id is not UNSET:
                d["status_id"] = _raw_status_id

        _raw_status = d.pop("status", UNSET)
        status: str | Unset
        if isinstance(_raw_status, str):
            status = _raw_status
        else:
            status = UNSET
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_note = d.pop("note", UNSET)
        note: str | Unset
        if isinstance(_raw_note, str):
            note = _raw_note
        else:
            note = UNSET
            if _raw_note is not UNSET:
                d["note"] = _raw_note

        _raw_confidence = d.pop("confidence", UNSET)
        confidence: int | Unset
        if isinstance(_raw_confidence, int) and not isinstance(_raw_confidence, bool):
            confidence = _raw_confidence
        else:
            confidence = UNSET
            if _raw_confidence is not UNSET:
                d["confidence"] = _raw_confidence

        _raw_value = d.pop("value", UNSET)
        value: int | Unset
        if isinstance(_raw_value, int) and not isinstance(_raw_value, bool):
            value = _raw_value
        else:
            value = UNSET
            if _raw_value is not UNSET:
                d["value"] = _raw_value

        _raw_value_period = d.pop("value_period", UNSET)
        try:
            _value_period = _raw_value_period
            value_period: OpportunityValuePeriod | Unset
            if isinstance(_value_period, Unset):
                value_period = UNSET
            else:
                value_period = OpportunityValuePeriod(_value_period)

        except (TypeError, ValueError, AttributeError, KeyError):
            value_period = UNSET
            if _raw_value_period is not UNSET:
                d["value_period"] = _raw_value_period

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: None | str | Unset
        if isinstance(_raw_contact_id, str) or _raw_contact_id is None:
            contact_id = _raw_contact_id
        else:
            contact_id = UNSET
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: None | str | Unset
        if isinstance(_raw_user_id, str) or _raw_user_id is None:
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_date_won = d.pop("date_won", UNSET)
        try:

            def _parse_date_won(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    date_won_type_0 = datetime.date.fromisoformat(data)

                    return date_won_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.date | None | Unset, data)

            date_won = _parse_date_won(_raw_date_won)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_won = UNSET
            if _raw_date_won is not UNSET:
                d["date_won"] = _raw_date_won

        _raw_attachments = d.pop("attachments", UNSET)
        try:
            _fits = _raw_attachments is UNSET or isinstance(_raw_attachments, list)
            if not _fits:
                raise TypeError()
            _attachments = _raw_attachments
            attachments: list[OpportunityAttachment] | Unset = UNSET
            if _attachments is not UNSET:
                attachments = []
                for attachments_item_data in _attachments:
                    attachments_item = OpportunityAttachment.from_dict(attachments_item_data)

                    attachments.append(attachments_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            attachments = UNSET
            if _raw_attachments is not UNSET:
                d["attachments"] = _raw_attachments

        _raw_custom_fields = d.pop("custom_fields", UNSET)
        try:
            _fits = _raw_custom_fields is UNSET or isinstance(_raw_custom_fields, dict)
            if not _fits:
                raise TypeError()
            _custom_fields = _raw_custom_fields
            custom_fields: CustomFieldValues | Unset
            if isinstance(_custom_fields, Unset):
                custom_fields = UNSET
            else:
                custom_fields = CustomFieldValues.from_dict(_custom_fields)

        except (TypeError, ValueError, AttributeError, KeyError):
            custom_fields = UNSET
            if _raw_custom_fields is not UNSET:
                d["custom_fields"] = _raw_custom_fields

        parsed_obj = cls(
            status_id=status_id,
            status=status,
            note=note,
            confidence=confidence,
            value=value,
            value_period=value_period,
            contact_id=contact_id,
            user_id=user_id,
            date_won=date_won,
            attachments=attachments,
            custom_fields=custom_fields,
        )

        parsed_obj.additional_properties = d
        return parsed_obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
