from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingPausedSubscription")


@_attrs_define
class MeetingPausedSubscription:
    """A sequence subscription paused because of the meeting.

    Attributes:
        id (str):
        sequence_id (str | Unset):
        sequence_name (str | Unset):
        sequence_status (str | Unset):
        contact_id (None | str | Unset):
        contact_name (None | str | Unset):
    """

    id: str
    sequence_id: str | Unset = UNSET
    sequence_name: str | Unset = UNSET
    sequence_status: str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sequence_id = self.sequence_id

        sequence_name = self.sequence_name

        sequence_status = self.sequence_status

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id
        if sequence_name is not UNSET:
            field_dict["sequence_name"] = sequence_name
        if sequence_status is not UNSET:
            field_dict["sequence_status"] = sequence_status
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        sequence_id = d.pop("sequence_id", UNSET)

        sequence_name = d.pop("sequence_name", UNSET)

        sequence_status = d.pop("sequence_status", UNSET)

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contact_name", UNSET))

        meeting_paused_subscription = cls(
            id=id,
            sequence_id=sequence_id,
            sequence_name=sequence_name,
            sequence_status=sequence_status,
            contact_id=contact_id,
            contact_name=contact_name,
        )

        meeting_paused_subscription.additional_properties = d
        return meeting_paused_subscription

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
