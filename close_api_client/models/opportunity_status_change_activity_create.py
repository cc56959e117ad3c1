from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="OpportunityStatusChangeActivityCreate")


@_attrs_define
class OpportunityStatusChangeActivityCreate:
    """An opportunity status change to record (fields as on the activity; the body is not documented in detail).

    Attributes:
        lead_id (str | Unset):
        opportunity_id (str | Unset):
        old_status_id (str | Unset):
        new_status_id (str | Unset):
        user_id (str | Unset):
        date_created (datetime.datetime | Unset):
    """

    lead_id: str | Unset = UNSET
    opportunity_id: str | Unset = UNSET
    old_status_id: str | Unset = UNSET
    new_status_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_id = self.lead_id

        opportunity_id = self.opportunity_id

        old_status_id = self.old_status_id

        new_status_id = self.new_status_id

        user_id = self.user_id

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if opportunity_id is not UNSET:
            field_dict["opportunity_id"] = opportunity_id
        if old_status_id is not UNSET:
            field_dict["old_status_id"] = old_status_id
        if new_status_id is not UNSET:
            field_dict["new_status_id"] = new_status_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lead_id = d.pop("lead_id", UNSET)

        opportunity_id = d.pop("opportunity_id", UNSET)

        old_status_id = d.pop("old_status_id", UNSET)

        new_status_id = d.pop("new_status_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        opportunity_status_change_activity_create = cls(
            lead_id=lead_id,
            opportunity_id=opportunity_id,
            old_status_id=old_status_id,
            new_status_id=new_status_id,
            user_id=user_id,
            date_created=date_created,
        )

        opportunity_status_change_activity_create.additional_properties = d
        return opportunity_status_change_activity_create

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
