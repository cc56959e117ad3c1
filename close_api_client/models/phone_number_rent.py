from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_sharing import PhoneNumberSharing
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberRent")


@_attrs_define
class PhoneNumberRent:
    """What number to rent.

    Attributes:
        country (str): Two-letter ISO country code, e.g. `US`.
        sharing (PhoneNumberSharing): Whether a rented number belongs to one user or is a group number.
        prefix (str | Unset): Area code or prefix, without the country code.
        with_sms (bool | Unset): Force (`true`) or waive (`false`) SMS capability; by default SMS-capable numbers are
            rented where Close supports SMS. Pass it only after a `has-voice-only` answer.
    """

    country: str
    sharing: PhoneNumberSharing
    prefix: str | Unset = UNSET
    with_sms: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        sharing = self.sharing.value

        prefix = self.prefix

        with_sms = self.with_sms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "sharing": sharing,
            }
        )
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if with_sms is not UNSET:
            field_dict["with_sms"] = with_sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        sharing = PhoneNumberSharing(d.pop("sharing"))

        prefix = d.pop("prefix", UNSET)

        with_sms = d.pop("with_sms", UNSET)

        phone_number_rent = cls(
            country=country,
            sharing=sharing,
            prefix=prefix,
            with_sms=with_sms,
        )

        phone_number_rent.additional_properties = d
        return phone_number_rent

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
