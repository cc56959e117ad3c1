from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_type import TaskType
from ..types import MISSING, UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.lead_id, Unset):  # absent only if trimmed by _fields
            lead_id = self.lead_id
            field_dict["lead_id"] = lead_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["_type"] = type_

        assigned_to = self.assigned_to
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to

        text = self.text
        if text is not UNSET:
            field_dict["text"] = text

        date = self.date
        if date is not UNSET:
            field_dict["date"] = date

        is_complete = self.is_complete
        if is_complete is not UNSET:
            field_dict["is_complete"] = is_complete

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
            raise not_an_object("TaskCreate", src_dict)
        d = dict(src_dict)
        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: str
        if isinstance(_raw_lead_id, str):
            lead_id = _raw_lead_id
        else:
            lead_id = MISSING
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_type_ = d.pop("_type", UNSET)
        try:
            _type_ = _raw_type_
            type_: TaskType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = TaskType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = UNSET
            if _raw_type_ is not UNSET:
                d["_type"] = _raw_type_

        _raw_assigned_to = d.pop("assigned_to", UNSET)
        assigned_to: str | Unset
        if isinstance(_raw_assigned_to, str):
            assigned_to = _raw_assigned_to
        else:
            assigned_to = UNSET
            if _raw_assigned_to is not UNSET:
                d["assigned_to"] = _raw_assigned_to

        _raw_text = d.pop("text", UNSET)
        text: str | Unset
        if isinstance(_raw_text, str):
            text = _raw_text
        else:
            text = UNSET
            if _raw_text is not UNSET:
                d["text"] = _raw_text

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

        parsed_obj = cls(
            lead_id=lead_id,
            type_=type_,
            assigned_to=assigned_to,
            text=text,
            date=date,
            is_complete=is_complete,
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
