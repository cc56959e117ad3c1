from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_rent_carrier_type import PhoneNumberRentCarrierType
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
        bundle_id (None | str | Unset):
        carrier_type (None | PhoneNumberRentCarrierType | Unset):
        with_mms (bool | None | Unset): By default, MMS-capable numbers are rented if Close supports MMS for the given
            country. Renting an MMS-capable number can be forced by setting this flag to `true`. If set to `false`, certain
            prefixes that don't support MMS can be rented in countries where Close supports MMS. In most scenarios, this
            flag should not be passed. When you request an MMS number, you must set `with_sms` to `true` as well.
    """

    country: str
    sharing: PhoneNumberSharing
    prefix: str | Unset = UNSET
    with_sms: bool | Unset = UNSET
    bundle_id: None | str | Unset = UNSET
    carrier_type: None | PhoneNumberRentCarrierType | Unset = UNSET
    with_mms: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        sharing = self.sharing.value

        prefix = self.prefix

        with_sms = self.with_sms

        bundle_id: None | str | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        else:
            bundle_id = self.bundle_id

        carrier_type: None | str | Unset
        if isinstance(self.carrier_type, Unset):
            carrier_type = UNSET
        elif isinstance(self.carrier_type, PhoneNumberRentCarrierType):
            carrier_type = self.carrier_type.value
        else:
            carrier_type = self.carrier_type

        with_mms: bool | None | Unset
        if isinstance(self.with_mms, Unset):
            with_mms = UNSET
        else:
            with_mms = self.with_mms

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
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if carrier_type is not UNSET:
            field_dict["carrier_type"] = carrier_type
        if with_mms is not UNSET:
            field_dict["with_mms"] = with_mms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        sharing = PhoneNumberSharing(d.pop("sharing"))

        prefix = d.pop("prefix", UNSET)

        with_sms = d.pop("with_sms", UNSET)

        def _parse_bundle_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bundle_id = _parse_bundle_id(d.pop("bundle_id", UNSET))

        def _parse_carrier_type(data: object) -> None | PhoneNumberRentCarrierType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                carrier_type_type_0 = PhoneNumberRentCarrierType(data)

                return carrier_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhoneNumberRentCarrierType | Unset, data)

        carrier_type = _parse_carrier_type(d.pop("carrier_type", UNSET))

        def _parse_with_mms(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        with_mms = _parse_with_mms(d.pop("with_mms", UNSET))

        phone_number_rent = cls(
            country=country,
            sharing=sharing,
            prefix=prefix,
            with_sms=with_sms,
            bundle_id=bundle_id,
            carrier_type=carrier_type,
            with_mms=with_mms,
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
