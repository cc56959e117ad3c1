from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

T = TypeVar("T", bound="AddressCreate")


@_attrs_define
class AddressCreate:
    """A postal address of a lead, as sent in a request (Close derives a stored `Address`'s
    `tz_ids`).

        Attributes:
            label (None | str | Unset): e.g. `business`, `mailing`, `other`.
            address_1 (None | str | Unset):
            address_2 (None | str | Unset):
            city (None | str | Unset):
            state (None | str | Unset):
            zipcode (None | str | Unset):
            country (None | str | Unset): ISO 3166-1 alpha-2 country code.
    """

    label: None | str | Unset = UNSET
    address_1: None | str | Unset = UNSET
    address_2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    zipcode: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label
        if label is not UNSET:
            field_dict["label"] = label

        address_1: None | str | Unset
        if isinstance(self.address_1, Unset):
            address_1 = UNSET
        else:
            address_1 = self.address_1
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1

        address_2: None | str | Unset
        if isinstance(self.address_2, Unset):
            address_2 = UNSET
        else:
            address_2 = self.address_2
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city
        if city is not UNSET:
            field_dict["city"] = city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state
        if state is not UNSET:
            field_dict["state"] = state

        zipcode: None | str | Unset
        if isinstance(self.zipcode, Unset):
            zipcode = UNSET
        else:
            zipcode = self.zipcode
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country
        if country is not UNSET:
            field_dict["country"] = country

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
            raise not_an_object("AddressCreate", src_dict)
        d = dict(src_dict)
        _raw_label = d.pop("label", UNSET)
        label: None | str | Unset
        if isinstance(_raw_label, str) or _raw_label is None:
            label = _raw_label
        else:
            label = UNSET
            if _raw_label is not UNSET:
                d["label"] = _raw_label

        _raw_address_1 = d.pop("address_1", UNSET)
        address_1: None | str | Unset
        if isinstance(_raw_address_1, str) or _raw_address_1 is None:
            address_1 = _raw_address_1
        else:
            address_1 = UNSET
            if _raw_address_1 is not UNSET:
                d["address_1"] = _raw_address_1

        _raw_address_2 = d.pop("address_2", UNSET)
        address_2: None | str | Unset
        if isinstance(_raw_address_2, str) or _raw_address_2 is None:
            address_2 = _raw_address_2
        else:
            address_2 = UNSET
            if _raw_address_2 is not UNSET:
                d["address_2"] = _raw_address_2

        _raw_city = d.pop("city", UNSET)
        city: None | str | Unset
        if isinstance(_raw_city, str) or _raw_city is None:
            city = _raw_city
        else:
            city = UNSET
            if _raw_city is not UNSET:
                d["city"] = _raw_city

        _raw_state = d.pop("state", UNSET)
        state: None | str | Unset
        if isinstance(_raw_state, str) or _raw_state is None:
            state = _raw_state
        else:
            state = UNSET
            if _raw_state is not UNSET:
                d["state"] = _raw_state

        _raw_zipcode = d.pop("zipcode", UNSET)
        zipcode: None | str | Unset
        if isinstance(_raw_zipcode, str) or _raw_zipcode is None:
            zipcode = _raw_zipcode
        else:
            zipcode = UNSET
            if _raw_zipcode is not UNSET:
                d["zipcode"] = _raw_zipcode

        _raw_country = d.pop("country", UNSET)
        country: None | str | Unset
        if isinstance(_raw_country, str) or _raw_country is None:
            country = _raw_country
        else:
            country = UNSET
            if _raw_country is not UNSET:
                d["country"] = _raw_country

        parsed_obj = cls(
            label=label,
            address_1=address_1,
            address_2=address_2,
            city=city,
            state=state,
            zipcode=zipcode,
            country=country,
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
