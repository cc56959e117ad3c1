from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpportunitySuggestedActionDetails")


@_attrs_define
class OpportunitySuggestedActionDetails:
    """
    Attributes:
        status_id (str | Unset):
        contact_id (str | Unset):
        message_draft (str | Unset):
        subject_draft (str | Unset):
        call_plan (str | Unset):
        close_date (datetime.date | Unset):
    """

    status_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    message_draft: str | Unset = UNSET
    subject_draft: str | Unset = UNSET
    call_plan: str | Unset = UNSET
    close_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_id = self.status_id

        contact_id = self.contact_id

        message_draft = self.message_draft

        subject_draft = self.subject_draft

        call_plan = self.call_plan

        close_date: str | Unset = UNSET
        if not isinstance(self.close_date, Unset):
            close_date = self.close_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if message_draft is not UNSET:
            field_dict["message_draft"] = message_draft
        if subject_draft is not UNSET:
            field_dict["subject_draft"] = subject_draft
        if call_plan is not UNSET:
            field_dict["call_plan"] = call_plan
        if close_date is not UNSET:
            field_dict["close_date"] = close_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_id = d.pop("status_id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        message_draft = d.pop("message_draft", UNSET)

        subject_draft = d.pop("subject_draft", UNSET)

        call_plan = d.pop("call_plan", UNSET)

        _close_date = d.pop("close_date", UNSET)
        close_date: datetime.date | Unset
        if isinstance(_close_date, Unset):
            close_date = UNSET
        else:
            close_date = datetime.date.fromisoformat(_close_date)

        opportunity_suggested_action_details = cls(
            status_id=status_id,
            contact_id=contact_id,
            message_draft=message_draft,
            subject_draft=subject_draft,
            call_plan=call_plan,
            close_date=close_date,
        )

        opportunity_suggested_action_details.additional_properties = d
        return opportunity_suggested_action_details

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
