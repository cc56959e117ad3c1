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
        id (str): `schlnk_...`
        organization_id (str):
        type_ (SchedulingLinkType): `USER` (one user's link) or `SHARED` (a team-wide link mapped per user).
        source (SchedulingLinkSource): Who manages the link: `MANUAL` (created in Close or with the API), `THIRD_PARTY`
            (an
            OAuth application, via the integration endpoints) or `CALENDLY` (Close's Calendly sync).
        name (str):
        description (None | str):
        url (None | str): The booking URL; null for shared links.
        duration_in_minutes (int | None):
        source_id (None | str): The integrating application's identifier of the link.
        source_type (None | str): Short descriptor shown in Close, e.g. `Multi-Use`.
        template_tag (None | str): For shared links, the email-template tag, derived from the name.
        user_id (None | str): The owner; null for shared links.
        oauth_client_id (None | str | Unset): The OAuth application managing a `THIRD_PARTY` link (`oa2client_...`).
    """

    id: str
    organization_id: str
    type_: SchedulingLinkType
    source: SchedulingLinkSource
    name: str
    description: None | str
    url: None | str
    duration_in_minutes: int | None
    source_id: None | str
    source_type: None | str
    template_tag: None | str
    user_id: None | str
    oauth_client_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        type_ = self.type_.value

        source = self.source.value

        name = self.name

        description: None | str
        description = self.description

        url: None | str
        url = self.url

        duration_in_minutes: int | None
        duration_in_minutes = self.duration_in_minutes

        source_id: None | str
        source_id = self.source_id

        source_type: None | str
        source_type = self.source_type

        template_tag: None | str
        template_tag = self.template_tag

        user_id: None | str
        user_id = self.user_id

        oauth_client_id: None | str | Unset
        if isinstance(self.oauth_client_id, Unset):
            oauth_client_id = UNSET
        else:
            oauth_client_id = self.oauth_client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "type": type_,
                "source": source,
                "name": name,
                "description": description,
                "url": url,
                "duration_in_minutes": duration_in_minutes,
                "source_id": source_id,
                "source_type": source_type,
                "template_tag": template_tag,
                "user_id": user_id,
            }
        )
        if oauth_client_id is not UNSET:
            field_dict["oauth_client_id"] = oauth_client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        type_ = SchedulingLinkType(d.pop("type"))

        source = SchedulingLinkSource(d.pop("source"))

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        def _parse_duration_in_minutes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_in_minutes = _parse_duration_in_minutes(d.pop("duration_in_minutes"))

        def _parse_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_id = _parse_source_id(d.pop("source_id"))

        def _parse_source_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_type = _parse_source_type(d.pop("source_type"))

        def _parse_template_tag(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        template_tag = _parse_template_tag(d.pop("template_tag"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_oauth_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oauth_client_id = _parse_oauth_client_id(d.pop("oauth_client_id", UNSET))

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
            user_id=user_id,
            oauth_client_id=oauth_client_id,
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
