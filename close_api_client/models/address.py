from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address of a lead.

    Attributes:
        address_1 (None | str):
        address_2 (None | str):
        city (None | str):
        state (None | str):
        zipcode (None | str):
        country (None | str): ISO 3166-1 alpha-2 country code.
        label (None | str | Unset): e.g. `business`, `mailing`, `other`.
        tz_ids (list[str] | Unset):
    """

    address_1: None | str
    address_2: None | str
    city: None | str
    state: None | str
    zipcode: None | str
    country: None | str
    label: None | str | Unset = UNSET
    tz_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.address_1, Unset):  # absent only if trimmed by _fields
            address_1: None | str
            address_1 = self.address_1
            field_dict["address_1"] = address_1

        if not isinstance(self.address_2, Unset):  # absent only if trimmed by _fields
            address_2: None | str
            address_2 = self.address_2
            field_dict["address_2"] = address_2

        if not isinstance(self.city, Unset):  # absent only if trimmed by _fields
            city: None | str
            city = self.city
            field_dict["city"] = city

        if not isinstance(self.state, Unset):  # absent only if trimmed by _fields
            state: None | str
            state = self.state
            field_dict["state"] = state

        if not isinstance(self.zipcode, Unset):  # absent only if trimmed by _fields
            zipcode: None | str
            zipcode = self.zipcode
            field_dict["zipcode"] = zipcode

        if not isinstance(self.country, Unset):  # absent only if trimmed by _fields
            country: None | str
            country = self.country
            field_dict["country"] = country

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label
        if label is not UNSET:
            field_dict["label"] = label

        tz_ids: list[str] | Unset = UNSET
        if not isinstance(self.tz_ids, Unset):
            tz_ids = self.tz_ids

        if tz_ids is not UNSET:
            field_dict["tz_ids"] = tz_ids

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
            raise not_an_object("Address", src_dict)
        d = dict(src_dict)
        _raw_address_1 = d.pop("address_1", UNSET)
        address_1: None | str
        if isinstance(_raw_address_1, str) or _raw_address_1 is None:
            address_1 = _raw_address_1
        else:
            address_1 = MISSING
            if _raw_address_1 is not UNSET:
                d["address_1"] = _raw_address_1

        _raw_address_2 = d.pop("address_2", UNSET)
        address_2: None | str
        if isinstance(_raw_address_2, str) or _raw_address_2 is None:
            address_2 = _raw_address_2
        else:
            address_2 = MISSING
            if _raw_address_2 is not UNSET:
                d["address_2"] = _raw_address_2

        _raw_city = d.pop("city", UNSET)
        city: None | str
        if isinstance(_raw_city, str) or _raw_city is None:
            city = _raw_city
        else:
            city = MISSING
            if _raw_city is not UNSET:
                d["city"] = _raw_city

        _raw_state = d.pop("state", UNSET)
        state: None | str
        if isinstance(_raw_state, str) or _raw_state is None:
            state = _raw_state
        else:
            state = MISSING
            if _raw_state is not UNSET:
                d["state"] = _raw_state

        _raw_zipcode = d.pop("zipcode", UNSET)
        zipcode: None | str
        if isinstance(_raw_zipcode, str) or _raw_zipcode is None:
            zipcode = _raw_zipcode
        else:
            zipcode = MISSING
            if _raw_zipcode is not UNSET:
                d["zipcode"] = _raw_zipcode

        _raw_country = d.pop("country", UNSET)
        country: None | str
        if isinstance(_raw_country, str) or _raw_country is None:
            country = _raw_country
        else:
            country = MISSING
            if _raw_country is not UNSET:
                d["country"] = _raw_country

        _raw_label = d.pop("label", UNSET)
        label: None | str | Unset
        if isinstance(_raw_label, str) or _raw_label is None:
            label = _raw_label
        else:
            label = UNSET
            if _raw_label is not UNSET:
                d["label"] = _raw_label

        _raw_tz_ids = d.pop("tz_ids", UNSET)
        tz_ids: list[str] | Unset
        if isinstance(_raw_tz_ids, list) and all(isinstance(item, str) for item in _raw_tz_ids):
            tz_ids = _raw_tz_ids
        else:
            tz_ids = UNSET
            if _raw_tz_ids is not UNSET:
                d["tz_ids"] = _raw_tz_ids

        parsed_obj = cls(
            address_1=address_1,
            address_2=address_2,
            city=city,
            state=state,
            zipcode=zipcode,
            country=country,
            label=label,
            tz_ids=tz_ids,
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
