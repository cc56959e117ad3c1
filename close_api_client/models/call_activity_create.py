from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_direction import PhoneDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallActivityCreate")


@_attrs_define
class CallActivityCreate:
    """A call made outside Close, to log.

    Attributes:
        lead_id (str | Unset):
        contact_id (str | Unset):
        user_id (str | Unset):
        created_by (str | Unset):
        direction (PhoneDirection | Unset): Direction of a call or SMS.
        status (str | Unset): Defaults to `completed`.
        note (str | Unset):
        duration (int | Unset): Seconds.
        phone (str | Unset): The remote phone number.
        recording_url (str | Unset): An `https://` URL of the call's MP3 recording.
    """

    lead_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    direction: PhoneDirection | Unset = UNSET
    status: str | Unset = UNSET
    note: str | Unset = UNSET
    duration: int | Unset = UNSET
    phone: str | Unset = UNSET
    recording_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

        contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        created_by = self.created_by
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        if direction is not UNSET:
            field_dict["direction"] = direction

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        note = self.note
        if note is not UNSET:
            field_dict["note"] = note

        duration = self.duration
        if duration is not UNSET:
            field_dict["duration"] = duration

        phone = self.phone
        if phone is not UNSET:
            field_dict["phone"] = phone

        recording_url = self.recording_url
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart.
        """
        d = dict(src_dict)
        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: str | Unset
        if isinstance(_raw_lead_id, str):
            lead_id = _raw_lead_id
        else:
            lead_id = UNSET
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: str | Unset
        if isinstance(_raw_contact_id, str):
            contact_id = _raw_contact_id
        else:
            contact_id = UNSET
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: str | Unset
        if isinstance(_raw_user_id, str):
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: str | Unset
        if isinstance(_raw_created_by, str):
            created_by = _raw_created_by
        else:
            created_by = UNSET
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_direction = d.pop("direction", UNSET)
        try:
            _direction = _raw_direction
            direction: PhoneDirection | Unset
            if isinstance(_direction, Unset):
                direction = UNSET
            else:
                direction = PhoneDirection(_direction)

        except (TypeError, ValueError, AttributeError, KeyError):
            direction = UNSET
            if _raw_direction is not UNSET:
                d["direction"] = _raw_direction

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

        _raw_duration = d.pop("duration", UNSET)
        duration: int | Unset
        if isinstance(_raw_duration, int) and not isinstance(_raw_duration, bool):
            duration = _raw_duration
        else:
            duration = UNSET
            if _raw_duration is not UNSET:
                d["duration"] = _raw_duration

        _raw_phone = d.pop("phone", UNSET)
        phone: str | Unset
        if isinstance(_raw_phone, str):
            phone = _raw_phone
        else:
            phone = UNSET
            if _raw_phone is not UNSET:
                d["phone"] = _raw_phone

        _raw_recording_url = d.pop("recording_url", UNSET)
        recording_url: str | Unset
        if isinstance(_raw_recording_url, str):
            recording_url = _raw_recording_url
        else:
            recording_url = UNSET
            if _raw_recording_url is not UNSET:
                d["recording_url"] = _raw_recording_url

        parsed_obj = cls(
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            created_by=created_by,
            direction=direction,
            status=status,
            note=note,
            duration=duration,
            phone=phone,
            recording_url=recording_url,
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
