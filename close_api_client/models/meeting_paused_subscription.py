from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        sequence_id = self.sequence_id
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id

        sequence_name = self.sequence_name
        if sequence_name is not UNSET:
            field_dict["sequence_name"] = sequence_name

        sequence_status = self.sequence_status
        if sequence_status is not UNSET:
            field_dict["sequence_status"] = sequence_status

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name

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
            raise not_an_object("MeetingPausedSubscription", src_dict)
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_sequence_id = d.pop("sequence_id", UNSET)
        sequence_id: str | Unset
        if isinstance(_raw_sequence_id, str):
            sequence_id = _raw_sequence_id
        else:
            sequence_id = UNSET
            if _raw_sequence_id is not UNSET:
                d["sequence_id"] = _raw_sequence_id

        _raw_sequence_name = d.pop("sequence_name", UNSET)
        sequence_name: str | Unset
        if isinstance(_raw_sequence_name, str):
            sequence_name = _raw_sequence_name
        else:
            sequence_name = UNSET
            if _raw_sequence_name is not UNSET:
                d["sequence_name"] = _raw_sequence_name

        _raw_sequence_status = d.pop("sequence_status", UNSET)
        sequence_status: str | Unset
        if isinstance(_raw_sequence_status, str):
            sequence_status = _raw_sequence_status
        else:
            sequence_status = UNSET
            if _raw_sequence_status is not UNSET:
                d["sequence_status"] = _raw_sequence_status

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: None | str | Unset
        if isinstance(_raw_contact_id, str) or _raw_contact_id is None:
            contact_id = _raw_contact_id
        else:
            contact_id = UNSET
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_contact_name = d.pop("contact_name", UNSET)
        contact_name: None | str | Unset
        if isinstance(_raw_contact_name, str) or _raw_contact_name is None:
            contact_name = _raw_contact_name
        else:
            contact_name = UNSET
            if _raw_contact_name is not UNSET:
                d["contact_name"] = _raw_contact_name

        parsed_obj = cls(
            id=id,
            sequence_id=sequence_id,
            sequence_name=sequence_name,
            sequence_status=sequence_status,
            contact_id=contact_id,
            contact_name=contact_name,
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
