from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_attendee_status import MeetingAttendeeStatus
from ..types import MISSING, UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.email, Unset):  # absent only if trimmed by _fields
            email: None | str
            email = self.email
            field_dict["email"] = email

        if not isinstance(self.name, Unset):  # absent only if trimmed by _fields
            name: None | str
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.status, Unset):  # absent only if trimmed by _fields
            status: None | str
            if isinstance(self.status, MeetingAttendeeStatus):
                status = self.status.value
            else:
                status = self.status
            field_dict["status"] = status

        if not isinstance(self.is_organizer, Unset):  # absent only if trimmed by _fields
            is_organizer: bool | None
            is_organizer = self.is_organizer
            field_dict["is_organizer"] = is_organizer

        if not isinstance(self.contact_id, Unset):  # absent only if trimmed by _fields
            contact_id: None | str
            contact_id = self.contact_id
            field_dict["contact_id"] = contact_id

        if not isinstance(self.user_id, Unset):  # absent only if trimmed by _fields
            user_id: None | str
            user_id = self.user_id
            field_dict["user_id"] = user_id

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
            raise not_an_object("MeetingAttendee", src_dict)
        d = dict(src_dict)
        _raw_email = d.pop("email", UNSET)
        email: None | str
        if isinstance(_raw_email, str) or _raw_email is None:
            email = _raw_email
        else:
            email = MISSING
            if _raw_email is not UNSET:
                d["email"] = _raw_email

        _raw_name = d.pop("name", UNSET)
        name: None | str
        if isinstance(_raw_name, str) or _raw_name is None:
            name = _raw_name
        else:
            name = MISSING
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_status = d.pop("status", UNSET)
        try:
            _fits = _raw_status is not UNSET
            if not _fits:
                raise TypeError()

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(MeetingAttendeeStatus | None, data)

            status = _parse_status(_raw_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = MISSING
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_is_organizer = d.pop("is_organizer", UNSET)
        is_organizer: bool | None
        if isinstance(_raw_is_organizer, bool) or _raw_is_organizer is None:
            is_organizer = _raw_is_organizer
        else:
            is_organizer = MISSING
            if _raw_is_organizer is not UNSET:
                d["is_organizer"] = _raw_is_organizer

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: None | str
        if isinstance(_raw_contact_id, str) or _raw_contact_id is None:
            contact_id = _raw_contact_id
        else:
            contact_id = MISSING
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: None | str
        if isinstance(_raw_user_id, str) or _raw_user_id is None:
            user_id = _raw_user_id
        else:
            user_id = MISSING
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        parsed_obj = cls(
            email=email,
            name=name,
            status=status,
            is_organizer=is_organizer,
            contact_id=contact_id,
            user_id=user_id,
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
