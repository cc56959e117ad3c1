from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SchedulingLink")


@_attrs_define
class SchedulingLink:
    """
    Attributes:
        description (None | str | Unset):
        duration_in_minutes (int | None | Unset):
        id (str | Unset):
        name (str | Unset):
        oauth_client_id (None | str | Unset):
        organization_id (str | Unset):
        source (str | Unset):
        source_id (None | str | Unset):
        source_type (None | str | Unset):
        template_tag (Any | Unset): Shape not documented (only null shown).
        type_ (str | Unset):
        url (str | Unset):
        user_id (str | Unset):
    """

    description: None | str | Unset = UNSET
    duration_in_minutes: int | None | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    oauth_client_id: None | str | Unset = UNSET
    organization_id: str | Unset = UNSET
    source: str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    source_type: None | str | Unset = UNSET
    template_tag: Any | Unset = UNSET
    type_: str | Unset = UNSET
    url: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        duration_in_minutes: int | None | Unset
        if isinstance(self.duration_in_minutes, Unset):
            duration_in_minutes = UNSET
        else:
            duration_in_minutes = self.duration_in_minutes

        id = self.id

        name = self.name

        oauth_client_id: None | str | Unset
        if isinstance(self.oauth_client_id, Unset):
            oauth_client_id = UNSET
        else:
            oauth_client_id = self.oauth_client_id

        organization_id = self.organization_id

        source = self.source

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        else:
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
        if oauth_client_id is not UNSET:
            field_dict["oauth_client_id"] = oauth_client_id
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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_duration_in_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_in_minutes = _parse_duration_in_minutes(d.pop("duration_in_minutes", UNSET))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_oauth_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oauth_client_id = _parse_oauth_client_id(d.pop("oauth_client_id", UNSET))

        organization_id = d.pop("organization_id", UNSET)

        source = d.pop("source", UNSET)

        def _parse_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        def _parse_source_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        template_tag = d.pop("template_tag", UNSET)

        type_ = d.pop("type", UNSET)

        url = d.pop("url", UNSET)

        user_id = d.pop("user_id", UNSET)

        scheduling_link = cls(
            description=description,
            duration_in_minutes=duration_in_minutes,
            id=id,
            name=name,
            oauth_client_id=oauth_client_id,
            organization_id=organization_id,
            source=source,
            source_id=source_id,
            source_type=source_type,
            template_tag=template_tag,
            type_=type_,
            url=url,
            user_id=user_id,
        )

        scheduling_link.additional_properties = d
        return scheduling_link

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
