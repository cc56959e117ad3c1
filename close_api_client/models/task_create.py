from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_type import TaskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskCreate")


@_attrs_define
class TaskCreate:
    """A new task; only `lead` tasks can be created.

    Attributes:
        lead_id (str):
        type_ (TaskType | Unset): The kind of a task. Only `lead` tasks are created through the API; the others come
            from emails, calls, SMS and opportunities (see `object_type` / `object_id`).
        assigned_to (str | Unset): The user to assign the task to.
        text (str | Unset):
        date (str | Unset): A date (`2015-01-05`) or a date-time.
        is_complete (bool | Unset):
    """

    lead_id: str
    type_: TaskType | Unset = UNSET
    assigned_to: str | Unset = UNSET
    text: str | Unset = UNSET
    date: str | Unset = UNSET
    is_complete: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_id = self.lead_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        assigned_to = self.assigned_to

        text = self.text

        date = self.date

        is_complete = self.is_complete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lead_id": lead_id,
            }
        )
        if type_ is not UNSET:
            field_dict["_type"] = type_
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if text is not UNSET:
            field_dict["text"] = text
        if date is not UNSET:
            field_dict["date"] = date
        if is_complete is not UNSET:
            field_dict["is_complete"] = is_complete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lead_id = d.pop("lead_id")

        _type_ = d.pop("_type", UNSET)
        type_: TaskType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TaskType(_type_)

        assigned_to = d.pop("assigned_to", UNSET)

        text = d.pop("text", UNSET)

        date = d.pop("date", UNSET)

        is_complete = d.pop("is_complete", UNSET)

        task_create = cls(
            lead_id=lead_id,
            type_=type_,
            assigned_to=assigned_to,
            text=text,
            date=date,
            is_complete=is_complete,
        )

        task_create.additional_properties = d
        return task_create

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
