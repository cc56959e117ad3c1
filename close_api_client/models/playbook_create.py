from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaybookCreate")


@_attrs_define
class PlaybookCreate:
    """
    Attributes:
        custom_field_ids (list[str] | Unset):
        description (str | Unset):
        name (str | Unset):
        outcome_ids (list[str] | Unset):
        summary_guidance (str | Unset):
    """

    custom_field_ids: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    outcome_ids: list[str] | Unset = UNSET
    summary_guidance: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_field_ids: list[str] | Unset = UNSET
        if not isinstance(self.custom_field_ids, Unset):
            custom_field_ids = self.custom_field_ids

        description = self.description

        name = self.name

        outcome_ids: list[str] | Unset = UNSET
        if not isinstance(self.outcome_ids, Unset):
            outcome_ids = self.outcome_ids

        summary_guidance = self.summary_guidance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_field_ids is not UNSET:
            field_dict["custom_field_ids"] = custom_field_ids
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if outcome_ids is not UNSET:
            field_dict["outcome_ids"] = outcome_ids
        if summary_guidance is not UNSET:
            field_dict["summary_guidance"] = summary_guidance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_field_ids = cast(list[str], d.pop("custom_field_ids", UNSET))

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        outcome_ids = cast(list[str], d.pop("outcome_ids", UNSET))

        summary_guidance = d.pop("summary_guidance", UNSET)

        playbook_create = cls(
            custom_field_ids=custom_field_ids,
            description=description,
            name=name,
            outcome_ids=outcome_ids,
            summary_guidance=summary_guidance,
        )

        playbook_create.additional_properties = d
        return playbook_create

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
