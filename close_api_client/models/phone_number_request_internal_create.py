from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberRequestInternalCreate")


@_attrs_define
class PhoneNumberRequestInternalCreate:
    """
    Attributes:
        country (str | Unset):
        sharing (str | Unset):
        prefix (str | Unset):
    """

    country: str | Unset = UNSET
    sharing: str | Unset = UNSET
    prefix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        sharing = self.sharing

        prefix = self.prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if sharing is not UNSET:
            field_dict["sharing"] = sharing
        if prefix is not UNSET:
            field_dict["prefix"] = prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country", UNSET)

        sharing = d.pop("sharing", UNSET)

        prefix = d.pop("prefix", UNSET)

        phone_number_request_internal_create = cls(
            country=country,
            sharing=sharing,
            prefix=prefix,
        )

        phone_number_request_internal_create.additional_properties = d
        return phone_number_request_internal_create

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
