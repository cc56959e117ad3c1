from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_attendee_status import MeetingAttendeeStatus

T = TypeVar("T", bound="MeetingAttendee")


@_attrs_define
class MeetingAttendee:
    """A meeting attendee: a lead contact, a Close user or another address.

    Attributes:
        email (None | str):
        name (None | str):
        status (MeetingAttendeeStatus | None):
        is_organizer (bool | None):
        contact_id (None | str):
        user_id (None | str):
    """

    email: None | str
    name: None | str
    status: MeetingAttendeeStatus | None
    is_organizer: bool | None
    contact_id: None | str
    user_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str
        email = self.email

        name: None | str
        name = self.name

        status: None | str
        if isinstance(self.status, MeetingAttendeeStatus):
            status = self.status.value
        else:
            status = self.status

        is_organizer: bool | None
        is_organizer = self.is_organizer

        contact_id: None | str
        contact_id = self.contact_id

        user_id: None | str
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "name": name,
                "status": status,
                "is_organizer": is_organizer,
                "contact_id": contact_id,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_status(data: object) -> MeetingAttendeeStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = MeetingAttendeeStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingAttendeeStatus | None, data)

        status = _parse_status(d.pop("status"))

        def _parse_is_organizer(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_organizer = _parse_is_organizer(d.pop("is_organizer"))

        def _parse_contact_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

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
