from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedSchedulingLink")


@_attrs_define
class SharedSchedulingLink:
    """
    Attributes:
        description (str | Unset):
        duration_in_minutes (Any | Unset): Shape not documented (only null shown).
        id (str | Unset):
        name (str | Unset):
        organization_id (str | Unset):
        source (str | Unset):
        source_id (Any | Unset): Shape not documented (only null shown).
        source_type (Any | Unset): Shape not documented (only null shown).
        template_tag (str | Unset):
        type_ (str | Unset):
        url (Any | Unset): Shape not documented (only null shown).
        user_id (Any | Unset): Shape not documented (only null shown).
    """

    description: str | Unset = UNSET
    duration_in_minutes: Any | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    source: str | Unset = UNSET
    source_id: Any | Unset = UNSET
    source_type: Any | Unset = UNSET
    template_tag: str | Unset = UNSET
    type_: str | Unset = UNSET
    url: Any | Unset = UNSET
    user_id: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        duration_in_minutes = self.duration_in_minutes

        id = self.id

        name = self.name

        organization_id = self.organization_id

        source = self.source

        source_id = self.source_id

        source_type = self.source_type

        template_tag = self.template_tag

        type_ = self.type_

        url = self.url

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if duration_in_minutes is not UNSET:
            field_dict["duration_in_minutes"] = duration_in_minutes
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if source is not UNSET:
            field_dict["source"] = source
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if template_tag is not UNSET:
            field_dict["template_tag"] = template_tag
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        duration_in_minutes = d.pop("duration_in_minutes", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        source = d.pop("source", UNSET)

        source_id = d.pop("source_id", UNSET)

        source_type = d.pop("source_type", UNSET)

        template_tag = d.pop("template_tag", UNSET)

        type_ = d.pop("type", UNSET)

        url = d.pop("url", UNSET)

        user_id = d.pop("user_id", UNSET)

        shared_scheduling_link = cls(
            description=description,
            duration_in_minutes=duration_in_minutes,
            id=id,
            name=name,
            organization_id=organization_id,
            source=source,
            source_id=source_id,
            source_type=source_type,
            template_tag=template_tag,
            type_=type_,
            url=url,
            user_id=user_id,
        )

        shared_scheduling_link.additional_properties = d
        return shared_scheduling_link

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
