from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskUpdate")


@_attrs_define
class TaskUpdate:
    """Fields to change on a task (a patch); `text` only on `lead` tasks.

    Attributes:
        assigned_to (str | Unset):
        date (str | Unset): A date (`2015-01-05`) or a date-time.
        is_complete (bool | Unset):
        text (str | Unset):
    """

    assigned_to: str | Unset = UNSET
    date: str | Unset = UNSET
    is_complete: bool | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_to = self.assigned_to

        date = self.date

        is_complete = self.is_complete

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if date is not UNSET:
            field_dict["date"] = date
        if is_complete is not UNSET:
            field_dict["is_complete"] = is_complete
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assigned_to = d.pop("assigned_to", UNSET)

        date = d.pop("date", UNSET)

        is_complete = d.pop("is_complete", UNSET)

        text = d.pop("text", UNSET)

        task_update = cls(
            assigned_to=assigned_to,
            date=date,
            is_complete=is_complete,
            text=text,
        )

        task_update.additional_properties = d
        return task_update

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
