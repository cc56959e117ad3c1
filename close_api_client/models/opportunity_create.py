from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_value_period import OpportunityValuePeriod
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.opportunity_attachment_in import OpportunityAttachmentIn
    from ..models.opportunity_create_custom_fields_type_0 import OpportunityCreateCustomFieldsType0


T = TypeVar("T", bound="OpportunityCreate")


@_attrs_define
class OpportunityCreate:
    """A new opportunity. Without `status_id` the organization's first opportunity status is
    used. Custom field values go in `custom.<field id>` keys (additional properties).

        Attributes:
            lead_id (str):
            status_id (str | Unset):
            status (str | Unset): A status label; prefer `status_id`.
            note (str | Unset):
            confidence (int | Unset): Likelihood of winning, in percent (0-100).
            value (int | Unset): The value in cents.
            value_period (OpportunityValuePeriod | Unset): How often an opportunity's value recurs.
            contact_id (None | str | Unset):
            user_id (None | str | Unset):
            date_won (datetime.date | None | Unset): Defaults to today (in the `x-tz-offset` time zone) when the status is
                of type `won`.
            attachments (list[OpportunityAttachmentIn] | None | Unset):
            created_by (None | str | Unset):
            custom_fields (None | OpportunityCreateCustomFieldsType0 | Unset):
            date_created (datetime.datetime | None | Unset):
            pipeline_id (None | str | Unset): Specify which pipeline this opportunity should belong to. When supplied
                without `status_id`, the opportunity will be created with the first available status of that pipeline. When
                supplied with `status_id`, the status must belong to the specified pipeline or a 400 error will be returned. If
                the pipeline does not exist, a 400 error will be returned. See the [Pipelines
                API](https://developer.close.com/api/resources/pipelines).
    """

    lead_id: str
    status_id: str | Unset = UNSET
    status: str | Unset = UNSET
    note: str | Unset = UNSET
    confidence: int | Unset = UNSET
    value: int | Unset = UNSET
    value_period: OpportunityValuePeriod | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    date_won: datetime.date | None | Unset = UNSET
    attachments: list[OpportunityAttachmentIn] | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    custom_fields: None | OpportunityCreateCustomFieldsType0 | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    pipeline_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.opportunity_create_custom_fields_type_0 import (
            OpportunityCreateCustomFieldsType0,  # noqa: PLC0415
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.lead_id, Unset):  # absent only if trimmed by _fields
            lead_id = self.lead_id
            field_dict["lead_id"] = lead_id

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

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, OpportunityCreateCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        pipeline_id: None | str | Unset
        if isinstance(self.pipeline_id, Unset):
            pipeline_id = UNSET
        else:
            pipeline_id = self.pipeline_id
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id

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
            raise not_an_object("OpportunityCreate", src_dict)
        from ..models.opportunity_attachment_in import OpportunityAttachmentIn  # noqa: PLC0415
        from ..models.opportunity_create_custom_fields_type_0 import (
            OpportunityCreateCustomFieldsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: str
        if isinstance(_raw_lead_id, str):
            lead_id = _raw_lead_id
        else:
            lead_id = MISSING
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

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

            def _parse_attachments(data: object) -> list[OpportunityAttachmentIn] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()

                    attachments_type_0 = []
                    _attachments_type_0 = data
                    for attachments_type_0_item_data in _attachments_type_0:
                        attachments_type_0_item = OpportunityAttachmentIn.from_dict(
                            attachments_type_0_item_data
                        )

                        attachments_type_0.append(attachments_type_0_item)

                    return attachments_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(list[OpportunityAttachmentIn] | None | Unset, data)

            attachments = _parse_attachments(_raw_attachments)

        except (TypeError, ValueError, AttributeError, KeyError):
            attachments = UNSET
            if _raw_attachments is not UNSET:
                d["attachments"] = _raw_attachments

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: None | str | Unset
        if isinstance(_raw_created_by, str) or _raw_created_by is None:
            created_by = _raw_created_by
        else:
            created_by = UNSET
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_custom_fields = d.pop("custom_fields", UNSET)
        try:

            def _parse_custom_fields(
                data: object,
            ) -> None | OpportunityCreateCustomFieldsType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not OpportunityCreateCustomFieldsType0._carries_constants(data):
                        raise TypeError()

                    custom_fields_type_0 = OpportunityCreateCustomFieldsType0.from_dict(data)

                    return custom_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | OpportunityCreateCustomFieldsType0 | Unset, data)

            custom_fields = _parse_custom_fields(_raw_custom_fields)

        except (TypeError, ValueError, AttributeError, KeyError):
            custom_fields = UNSET
            if _raw_custom_fields is not UNSET:
                d["custom_fields"] = _raw_custom_fields

        _raw_date_created = d.pop("date_created", UNSET)
        try:

            def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    date_created_type_0 = parse_datetime(data)

                    return date_created_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            date_created = _parse_date_created(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = UNSET
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_pipeline_id = d.pop("pipeline_id", UNSET)
        pipeline_id: None | str | Unset
        if isinstance(_raw_pipeline_id, str) or _raw_pipeline_id is None:
            pipeline_id = _raw_pipeline_id
        else:
            pipeline_id = UNSET
            if _raw_pipeline_id is not UNSET:
                d["pipeline_id"] = _raw_pipeline_id

        parsed_obj = cls(
            lead_id=lead_id,
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
            created_by=created_by,
            custom_fields=custom_fields,
            date_created=date_created,
            pipeline_id=pipeline_id,
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
