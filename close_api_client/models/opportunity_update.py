from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_value_period import OpportunityValuePeriod
from ..types import UNSET, Unset

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
        status_id = self.status_id

        status = self.status

        note = self.note

        confidence = self.confidence

        value = self.value

        value_period: str | Unset = UNSET
        if not isinstance(self.value_period, Unset):
            value_period = self.value_period.value

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        date_won: None | str | Unset
        if isinstance(self.date_won, Unset):
            date_won = UNSET
        elif isinstance(self.date_won, datetime.date):
            date_won = self.date_won.isoformat()
        else:
            date_won = self.date_won

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if value is not UNSET:
            field_dict["value"] = value
        if value_period is not UNSET:
            field_dict["value_period"] = value_period
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if date_won is not UNSET:
            field_dict["date_won"] = date_won
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_values import CustomFieldValues  # noqa: PLC0415
        from ..models.opportunity_attachment import OpportunityAttachment  # noqa: PLC0415

        d = dict(src_dict)
        status_id = d.pop("status_id", UNSET)

        status = d.pop("status", UNSET)

        note = d.pop("note", UNSET)

        confidence = d.pop("confidence", UNSET)

        value = d.pop("value", UNSET)

        _value_period = d.pop("value_period", UNSET)
        value_period: OpportunityValuePeriod | Unset
        if isinstance(_value_period, Unset):
            value_period = UNSET
        else:
            value_period = OpportunityValuePeriod(_value_period)

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

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
            return cast(datetime.date | None | Unset, data)

        date_won = _parse_date_won(d.pop("date_won", UNSET))

        _attachments = d.pop("attachments", UNSET)
        attachments: list[OpportunityAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = OpportunityAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: CustomFieldValues | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CustomFieldValues.from_dict(_custom_fields)

        opportunity_update = cls(
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

        opportunity_update.additional_properties = d
        return opportunity_update

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
