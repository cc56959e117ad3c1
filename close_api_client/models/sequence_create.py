from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.sequence_step_create import SequenceStepCreate


T = TypeVar("T", bound="SequenceCreate")


@_attrs_define
class SequenceCreate:
    """A new email sequence.

    Attributes:
        name (str):
        schedule_id (None | str | Unset):
        timezone (str | Unset):
        steps (list[SequenceStepCreate] | Unset):
    """

    name: str
    schedule_id: None | str | Unset = UNSET
    timezone: str | Unset = UNSET
    steps: list[SequenceStepCreate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.name, Unset):  # absent only if trimmed by _fields
            name = self.name
            field_dict["name"] = name

        schedule_id: None | str | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = self.schedule_id
        if schedule_id is not UNSET:
            field_dict["schedule_id"] = schedule_id

        timezone = self.timezone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        if steps is not UNSET:
            field_dict["steps"] = steps

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
            raise not_an_object("SequenceCreate", src_dict)
        from ..models.sequence_step_create import SequenceStepCreate  # noqa: PLC0415

        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        name: str
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = MISSING
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_schedule_id = d.pop("schedule_id", UNSET)
        schedule_id: None | str | Unset
        if isinstance(_raw_schedule_id, str) or _raw_schedule_id is None:
            schedule_id = _raw_schedule_id
        else:
            schedule_id = UNSET
            if _raw_schedule_id is not UNSET:
                d["schedule_id"] = _raw_schedule_id

        _raw_timezone = d.pop("timezone", UNSET)
        timezone: str | Unset
        if isinstance(_raw_timezone, str):
            timezone = _raw_timezone
        else:
            timezone = UNSET
            if _raw_timezone is not UNSET:
                d["timezone"] = _raw_timezone

        _raw_steps = d.pop("steps", UNSET)
        try:
            _fits = _raw_steps is UNSET or isinstance(_raw_steps, list)
            if not _fits:
                raise TypeError()
            _steps = _raw_steps
            steps: list[SequenceStepCreate] | Unset = UNSET
            if _steps is not UNSET:
                steps = []
                for steps_item_data in _steps:
                    steps_item = SequenceStepCreate.from_dict(steps_item_data)

                    steps.append(steps_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            steps = UNSET
            if _raw_steps is not UNSET:
                d["steps"] = _raw_steps

        parsed_obj = cls(
            name=name,
            schedule_id=schedule_id,
            timezone=timezone,
            steps=steps,
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
