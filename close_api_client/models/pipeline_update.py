from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipeline_status_reference import PipelineStatusReference


T = TypeVar("T", bound="PipelineUpdate")


@_attrs_define
class PipelineUpdate:
    """Changes to a pipeline: a new name and/or the full ordered list of its statuses (a status
    of another pipeline listed here moves into this one).

        Attributes:
            name (str | Unset):
            statuses (list[PipelineStatusReference] | Unset):
    """

    name: str | Unset = UNSET
    statuses: list[PipelineStatusReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.to_dict()
                statuses.append(statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if statuses is not UNSET:
            field_dict["statuses"] = statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipeline_status_reference import PipelineStatusReference  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _statuses = d.pop("statuses", UNSET)
        statuses: list[PipelineStatusReference] | Unset = UNSET
        if _statuses is not UNSET:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = PipelineStatusReference.from_dict(statuses_item_data)

                statuses.append(statuses_item)

        pipeline_update = cls(
            name=name,
            statuses=statuses,
        )

        pipeline_update.additional_properties = d
        return pipeline_update

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
