from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_direction import PhoneDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallActivityUpdate")


@_attrs_define
class CallActivityUpdate:
    """Fields to change on a call (a patch); the documented Call fields, the object is open.

    Attributes:
        note (str | Unset):
        direction (PhoneDirection | Unset): Direction of a call or SMS.
        status (str | Unset):
        duration (int | Unset):
        phone (str | Unset):
        recording_url (str | Unset):
        contact_id (str | Unset):
        user_id (str | Unset):
    """

    note: str | Unset = UNSET
    direction: PhoneDirection | Unset = UNSET
    status: str | Unset = UNSET
    duration: int | Unset = UNSET
    phone: str | Unset = UNSET
    recording_url: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        status = self.status

        duration = self.duration

        phone = self.phone

        recording_url = self.recording_url

        contact_id = self.contact_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if note is not UNSET:
            field_dict["note"] = note
        if direction is not UNSET:
            field_dict["direction"] = direction
        if status is not UNSET:
            field_dict["status"] = status
        if duration is not UNSET:
            field_dict["duration"] = duration
        if phone is not UNSET:
            field_dict["phone"] = phone
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        note = d.pop("note", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: PhoneDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = PhoneDirection(_direction)

        status = d.pop("status", UNSET)

        duration = d.pop("duration", UNSET)

        phone = d.pop("phone", UNSET)

        recording_url = d.pop("recording_url", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        call_activity_update = cls(
            note=note,
            direction=direction,
            status=status,
            duration=duration,
            phone=phone,
            recording_url=recording_url,
            contact_id=contact_id,
            user_id=user_id,
        )

        call_activity_update.additional_properties = d
        return call_activity_update

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
