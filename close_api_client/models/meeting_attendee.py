from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_attendee_status import MeetingAttendeeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingAttendee")


@_attrs_define
class MeetingAttendee:
    """A meeting attendee: a lead contact, a Close user or another address.

    Attributes:
        email (None | str | Unset):
        name (None | str | Unset):
        status (MeetingAttendeeStatus | None | Unset):
        is_organizer (bool | None | Unset):
        contact_id (None | str | Unset):
        user_id (None | str | Unset):
    """

    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    status: MeetingAttendeeStatus | None | Unset = UNSET
    is_organizer: bool | None | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MeetingAttendeeStatus):
            status = self.status.value
        else:
            status = self.status

        is_organizer: bool | None | Unset
        if isinstance(self.is_organizer, Unset):
            is_organizer = UNSET
        else:
            is_organizer = self.is_organizer

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if is_organizer is not UNSET:
            field_dict["is_organizer"] = is_organizer
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_status(data: object) -> MeetingAttendeeStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = MeetingAttendeeStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingAttendeeStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_is_organizer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_organizer = _parse_is_organizer(d.pop("is_organizer", UNSET))

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

        meeting_attendee = cls(
            email=email,
            name=name,
            status=status,
            is_organizer=is_organizer,
            contact_id=contact_id,
            user_id=user_id,
        )

        meeting_attendee.additional_properties = d
        return meeting_attendee

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
