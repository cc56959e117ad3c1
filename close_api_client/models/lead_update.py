from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.address_create import AddressCreate


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
            addresses (list[AddressCreate] | Unset):
    """

    name: str | Unset = UNSET
    url: None | str | Unset = UNSET
    description: str | Unset = UNSET
    status_id: str | Unset = UNSET
    status: str | Unset = UNSET
    addresses: list[AddressCreate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url
        if url is not UNSET:
            field_dict["url"] = url

        description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        status_id = self.status_id
        if status_id is not UNSET:
            field_dict["status_id"] = status_id

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        if addresses is not UNSET:
            field_dict["addresses"] = addresses

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart. A ``src_dict`` that is not a JSON object raises ``TypeError``.
        """
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict: fast
            raise not_an_object("LeadUpdate", src_dict)
        from ..models.address_create import AddressCreate  # noqa: PLC0415

        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        name: str | Unset
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = UNSET
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_url = d.pop("url", UNSET)
        url: None | str | Unset
        if isinstance(_raw_url, str) or _raw_url is None:
            url = _raw_url
        else:
            url = UNSET
            if _raw_url is not UNSET:
                d["url"] = _raw_url

        _raw_description = d.pop("description", UNSET)
        description: str | Unset
        if isinstance(_raw_description, str):
            description = _raw_description
        else:
            description = UNSET
            if _raw_description is not UNSET:
                d["description"] = _raw_description

        _raw_status_id = d.pop("status_id", UNSET)
        status_id: str | Unset
        if isinstance(_raw_status_id, str):
            status_id = _raw_status_id
        else:
            status_id = UNSET
            if _raw_status_id is not UNSET:
                d["status_id"] = _raw_status_id

        _raw_status = d.pop("status", UNSET)
        status: str | Unset
        if isinstance(_raw_status, str):
            status = _raw_status
        else:
            status = UNSET
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_addresses = d.pop("addresses", UNSET)
        try:
            _fits = _raw_addresses is UNSET or isinstance(_raw_addresses, list)
            if not _fits:
                raise TypeError()
            _addresses = _raw_addresses
            addresses: list[AddressCreate] | Unset = UNSET
            if _addresses is not UNSET:
                addresses = []
                for addresses_item_data in _addresses:
                    addresses_item = AddressCreate.from_dict(addresses_item_data)

                    addresses.append(addresses_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            addresses = UNSET
            if _raw_addresses is not UNSET:
                d["addresses"] = _raw_addresses

        parsed_obj = cls(
            name=name,
            url=url,
            description=description,
            status_id=status_id,
            status=status,
            addresses=addresses,
        )

        parsed_obj.additional_properties = d
        return parsed_obj

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
