from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="LeadUpdate")


@_attrs_define
class LeadUpdate:
    """Fields to change on a lead (a patch). `custom.<field id>: null` unsets a custom field;
    `custom.<field id>.add` / `.remove` change one value of a multi-value field.

        Attributes:
            name (str | Unset):
            url (None | str | Unset):
            description (str | Unset):
            status_id (str | Unset):
            status (str | Unset):
            addresses (list[Address] | Unset):
    """

    name: str | Unset = UNSET
    url: None | str | Unset = UNSET
    description: str | Unset = UNSET
    status_id: str | Unset = UNSET
    status: str | Unset = UNSET
    addresses: list[Address] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        description = self.description

        status_id = self.status_id

        status = self.status

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if description is not UNSET:
            field_dict["description"] = description
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if status is not UNSET:
            field_dict["status"] = status
        if addresses is not UNSET:
            field_dict["addresses"] = addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        description = d.pop("description", UNSET)

        status_id = d.pop("status_id", UNSET)

        status = d.pop("status", UNSET)

        _addresses = d.pop("addresses", UNSET)
        addresses: list[Address] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = Address.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        lead_update = cls(
            name=name,
            url=url,
            description=description,
            status_id=status_id,
            status=status,
            addresses=addresses,
        )

        lead_update.additional_properties = d
        return lead_update

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
