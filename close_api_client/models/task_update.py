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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        assigned_to = self.assigned_to
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to

        date = self.date
        if date is not UNSET:
            field_dict["date"] = date

        is_complete = self.is_complete
        if is_complete is not UNSET:
            field_dict["is_complete"] = is_complete

        text = self.text
        if text is not UNSET:
            field_dict["text"] = text

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
        _raw_assigned_to = d.pop("assigned_to", UNSET)
        assigned_to: str | Unset
        if isinstance(_raw_assigned_to, str):
            assigned_to = _raw_assigned_to
        else:
            assigned_to = UNSET
            if _raw_assigned_to is not UNSET:
                d["assigned_to"] = _raw_assigned_to

        _raw_date = d.pop("date", UNSET)
        date: str | Unset
        if isinstance(_raw_date, str):
            date = _raw_date
        else:
            date = UNSET
            if _raw_date is not UNSET:
                d["date"] = _raw_date

        _raw_is_complete = d.pop("is_complete", UNSET)
        is_complete: bool | Unset
        if isinstance(_raw_is_complete, bool):
            is_complete = _raw_is_complete
        else:
            is_complete = UNSET
            if _raw_is_complete is not UNSET:
                d["is_complete"] = _raw_is_complete

        _raw_text = d.pop("text", UNSET)
        text: str | Unset
        if isinstance(_raw_text, str):
            text = _raw_text
        else:
            text = UNSET
            if _raw_text is not UNSET:
                d["text"] = _raw_text

        parsed_obj = cls(
            assigned_to=assigned_to,
            date=date,
            is_complete=is_complete,
            text=text,
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
