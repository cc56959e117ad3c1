from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NoteActivityCreate")


@_attrs_define
class NoteActivityCreate:
    """A new note.

    Attributes:
        lead_id (str | Unset):
        contact_id (str | Unset):
        user_id (str | Unset):
        note (str | Unset):
    """

    lead_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_id = self.lead_id

        contact_id = self.contact_id

        user_id = self.user_id

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lead_id = d.pop("lead_id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        note = d.pop("note", UNSET)

        note_activity_create = cls(
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            note=note,
        )

        note_activity_create.additional_properties = d
        return note_activity_create

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
