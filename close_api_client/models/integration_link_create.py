from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_link_type import IntegrationLinkType

T = TypeVar("T", bound="IntegrationLinkCreate")


@_attrs_define
class IntegrationLinkCreate:
    """A new integration link.

    Attributes:
        name (str):
        url (str):
        type_ (IntegrationLinkType): The kind of object the link is shown on.
    """

    name: str
    url: str
    type_: IntegrationLinkType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        url = d.pop("url")

        type_ = IntegrationLinkType(d.pop("type"))

        integration_link_create = cls(
            name=name,
            url=url,
            type_=type_,
        )

        integration_link_create.additional_properties = d
        return integration_link_create

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
