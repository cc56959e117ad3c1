from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SchedulingLinkIntegrationCreate")


@_attrs_define
class SchedulingLinkIntegrationCreate:
    """
    Attributes:
        description (str | Unset):
        duration_in_minutes (int | Unset):
        name (str | Unset):
        source_id (str | Unset):
        source_type (str | Unset):
        url (str | Unset):
    """

    description: str | Unset = UNSET
    duration_in_minutes: int | Unset = UNSET
    name: str | Unset = UNSET
    source_id: str | Unset = UNSET
    source_type: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        duration_in_minutes = self.duration_in_minutes

        name = self.name

        source_id = self.source_id

        source_type = self.source_type

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if duration_in_minutes is not UNSET:
            field_dict["duration_in_minutes"] = duration_in_minutes
        if name is not UNSET:
            field_dict["name"] = name
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        duration_in_minutes = d.pop("duration_in_minutes", UNSET)

        name = d.pop("name", UNSET)

        source_id = d.pop("source_id", UNSET)

        source_type = d.pop("source_type", UNSET)

        url = d.pop("url", UNSET)

        scheduling_link_integration_create = cls(
            description=description,
            duration_in_minutes=duration_in_minutes,
            name=name,
            source_id=source_id,
            source_type=source_type,
            url=url,
        )

        scheduling_link_integration_create.additional_properties = d
        return scheduling_link_integration_create

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
