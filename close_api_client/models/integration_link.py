from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_link_type import IntegrationLinkType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationLink")


@_attrs_define
class IntegrationLink:
    """A templated link to another system, shown on leads, contacts or opportunities.

    Attributes:
        id (str | Unset): `ilink_...`
        organization_id (str | Unset):
        name (str | Unset): The link text.
        url (str | Unset): URL template, e.g. `http://google.com/search?q={{lead.display_name}}`.
        type_ (IntegrationLinkType | Unset): The kind of object the link is shown on.
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    type_: IntegrationLinkType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        url = self.url

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: IntegrationLinkType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = IntegrationLinkType(_type_)

        integration_link = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            url=url,
            type_=type_,
        )

        integration_link.additional_properties = d
        return integration_link

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
