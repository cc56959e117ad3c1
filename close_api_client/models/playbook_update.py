from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaybookUpdate")


@_attrs_define
class PlaybookUpdate:
    """Fields to change on a playbook.

    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        outcome_ids (list[str] | Unset):
        custom_field_ids (list[str] | Unset):
        summary_guidance (None | str | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    outcome_ids: list[str] | Unset = UNSET
    custom_field_ids: list[str] | Unset = UNSET
    summary_guidance: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        outcome_ids: list[str] | Unset = UNSET
        if not isinstance(self.outcome_ids, Unset):
            outcome_ids = self.outcome_ids

        custom_field_ids: list[str] | Unset = UNSET
        if not isinstance(self.custom_field_ids, Unset):
            custom_field_ids = self.custom_field_ids

        summary_guidance: None | str | Unset
        if isinstance(self.summary_guidance, Unset):
            summary_guidance = UNSET
        else:
            summary_guidance = self.summary_guidance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if outcome_ids is not UNSET:
            field_dict["outcome_ids"] = outcome_ids
        if custom_field_ids is not UNSET:
            field_dict["custom_field_ids"] = custom_field_ids
        if summary_guidance is not UNSET:
            field_dict["summary_guidance"] = summary_guidance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        outcome_ids = cast(list[str], d.pop("outcome_ids", UNSET))

        custom_field_ids = cast(list[str], d.pop("custom_field_ids", UNSET))

        def _parse_summary_guidance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary_guidance = _parse_summary_guidance(d.pop("summary_guidance", UNSET))

        playbook_update = cls(
            name=name,
            description=description,
            outcome_ids=outcome_ids,
            custom_field_ids=custom_field_ids,
            summary_guidance=summary_guidance,
        )

        playbook_update.additional_properties = d
        return playbook_update

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
