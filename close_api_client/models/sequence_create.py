from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        name = self.name

        schedule_id: None | str | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = self.schedule_id

        timezone = self.timezone

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if schedule_id is not UNSET:
            field_dict["schedule_id"] = schedule_id
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequence_step_create import SequenceStepCreate  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_schedule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule_id = _parse_schedule_id(d.pop("schedule_id", UNSET))

        timezone = d.pop("timezone", UNSET)

        _steps = d.pop("steps", UNSET)
        steps: list[SequenceStepCreate] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = SequenceStepCreate.from_dict(steps_item_data)

                steps.append(steps_item)

        sequence_create = cls(
            name=name,
            schedule_id=schedule_id,
            timezone=timezone,
            steps=steps,
        )

        sequence_create.additional_properties = d
        return sequence_create

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
