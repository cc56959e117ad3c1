from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Phone")


@_attrs_define
class Phone:
    """A phone number of a contact.

    Attributes:
        phone (str | Unset): The number in E.164 form once stored.
        phone_formatted (str | Unset):
        type_ (str | Unset): e.g. `office`, `mobile`, `home`, `direct`, `fax`, `other`.
        country (None | str | Unset):
        outbound_sms_blocked (bool | Unset):
        tz_ids (list[str] | Unset):
    """

    phone: str | Unset = UNSET
    phone_formatted: str | Unset = UNSET
    type_: str | Unset = UNSET
    country: None | str | Unset = UNSET
    outbound_sms_blocked: bool | Unset = UNSET
    tz_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        phone_formatted = self.phone_formatted

        type_ = self.type_

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        outbound_sms_blocked = self.outbound_sms_blocked

        tz_ids: list[str] | Unset = UNSET
        if not isinstance(self.tz_ids, Unset):
            tz_ids = self.tz_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_formatted is not UNSET:
            field_dict["phone_formatted"] = phone_formatted
        if type_ is not UNSET:
            field_dict["type"] = type_
        if country is not UNSET:
            field_dict["country"] = country
        if outbound_sms_blocked is not UNSET:
            field_dict["outbound_sms_blocked"] = outbound_sms_blocked
        if tz_ids is not UNSET:
            field_dict["tz_ids"] = tz_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone", UNSET)

        phone_formatted = d.pop("phone_formatted", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        outbound_sms_blocked = d.pop("outbound_sms_blocked", UNSET)

        tz_ids = cast(list[str], d.pop("tz_ids", UNSET))

        phone = cls(
            phone=phone,
            phone_formatted=phone_formatted,
            type_=type_,
            country=country,
            outbound_sms_blocked=outbound_sms_blocked,
            tz_ids=tz_ids,
        )

        phone.additional_properties = d
        return phone

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
