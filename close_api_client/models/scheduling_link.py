from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduling_link_source import SchedulingLinkSource
from ..models.scheduling_link_type import SchedulingLinkType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchedulingLink")


@_attrs_define
class SchedulingLink:
    """A User or Shared Scheduling Link (`type`).

    Attributes:
        id (str | Unset): `schlnk_...`
        organization_id (str | Unset):
        type_ (SchedulingLinkType | Unset): `USER` (one user's link) or `SHARED` (a team-wide link mapped per user).
        source (SchedulingLinkSource | Unset): Who manages the link: `MANUAL` (created in Close or with the API),
            `THIRD_PARTY` (an
            OAuth application, via the integration endpoints) or `CALENDLY` (Close's Calendly sync).
        name (str | Unset):
        description (None | str | Unset):
        url (None | str | Unset): The booking URL; null for shared links.
        duration_in_minutes (int | None | Unset):
        source_id (None | str | Unset): The integrating application's identifier of the link.
        source_type (None | str | Unset): Short descriptor shown in Close, e.g. `Multi-Use`.
        template_tag (None | str | Unset): For shared links, the email-template tag, derived from the name.
        oauth_client_id (None | str | Unset): The OAuth application managing a `THIRD_PARTY` link (`oa2client_...`).
        user_id (None | str | Unset): The owner; null for shared links.
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    type_: SchedulingLinkType | Unset = UNSET
    source: SchedulingLinkSource | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    duration_in_minutes: int | None | Unset = UNSET
    source_id: None | str | Unset = UNSET
    source_type: None | str | Unset = UNSET
    template_tag: None | str | Unset = UNSET
    oauth_client_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        duration_in_minutes: int | None | Unset
        if isinstance(self.duration_in_minutes, Unset):
            duration_in_minutes = UNSET
        else:
            duration_in_minutes = self.duration_in_minutes

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

        template_tag: None | str | Unset
        if isinstance(self.template_tag, Unset):
            template_tag = UNSET
        else:
            template_tag = self.template_tag

        oauth_client_id: None | str | Unset
        if isinstance(self.oauth_client_id, Unset):
            oauth_client_id = UNSET
        else:
            oauth_client_id = self.oauth_client_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if duration_in_minutes is not UNSET:
            field_dict["duration_in_minutes"] = duration_in_minutes
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if template_tag is not UNSET:
            field_dict["template_tag"] = template_tag
        if oauth_client_id is not UNSET:
            field_dict["oauth_client_id"] = oauth_client_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SchedulingLinkType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SchedulingLinkType(_type_)

        _source = d.pop("source", UNSET)
        source: SchedulingLinkSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = SchedulingLinkSource(_source)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_duration_in_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_in_minutes = _parse_duration_in_minutes(d.pop("duration_in_minutes", UNSET))

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

        def _parse_template_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_tag = _parse_template_tag(d.pop("template_tag", UNSET))

        def _parse_oauth_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oauth_client_id = _parse_oauth_client_id(d.pop("oauth_client_id", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        scheduling_link = cls(
            id=id,
            organization_id=organization_id,
            type_=type_,
            source=source,
            name=name,
            description=description,
            url=url,
            duration_in_minutes=duration_in_minutes,
            source_id=source_id,
            source_type=source_type,
            template_tag=template_tag,
            oauth_client_id=oauth_client_id,
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
