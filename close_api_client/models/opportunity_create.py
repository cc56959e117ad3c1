from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_value_period import OpportunityValuePeriod
from ..types import UNSET, Unset

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_id = self.lead_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lead_id": lead_id,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lead_id = d.pop("lead_id")

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

        opportunity_create = cls(
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
        )

        opportunity_create.additional_properties = d
        return opportunity_create

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
