from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.carrier_number_type import CarrierNumberType
from ..models.phone_number_type import PhoneNumberType
from ..models.underlying_carrier import UnderlyingCarrier
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber:
    """A phone number of the organization. Group numbers (`is_group_number`) have no `user_id` and list their
    `participants` and forwarding `phone_numbers`.

        Attributes:
            id (str): `phon_...`
            organization_id (str):
            number (str): E.164, e.g. `+16503335555`.
            date_created (datetime.datetime):
            date_updated (datetime.datetime):
            user_id (None | str | Unset):
            number_formatted (str | Unset):
            country (None | str | Unset): ISO country code, e.g. `US`.
            type_ (PhoneNumberType | Unset): `internal`: owned by Close; `external`: yours, usable as outbound caller id
                only; `virtual`: yours, with calls routed to Close (BYOC).
            label (None | str | Unset):
            is_group_number (bool | Unset):
            sms_enabled (bool | Unset):
            supports_sms_to_countries (list[str] | Unset):
            participants (list[str] | Unset): User ids taking part in a group number.
            phone_numbers (list[str] | Unset): External numbers (E.164) taking part in a group number.
            phone_numbers_formatted (list[str] | Unset):
            voicemail_greeting_url (None | str | Unset):
            forward_to (None | str | Unset):
            forward_to_enabled (bool | Unset):
            forward_to_formatted (None | str | Unset):
            address_id (None | str | Unset):
            bundle_id (None | str | Unset):
            carrier (None | UnderlyingCarrier | Unset):
            carrier_type (CarrierNumberType | None | Unset):
            is_premium (bool | Unset):
            is_verified (bool | Unset):
            last_billed_price (float | None | Unset):
            mms_enabled (bool | Unset):
            next_billing_on (datetime.datetime | None | Unset):
            press_1_to_accept (bool | Unset):
            supports_mms_to_countries (list[str] | Unset):
            was_ported (bool | Unset):
    """

    id: str
    organization_id: str
    number: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    user_id: None | str | Unset = UNSET
    number_formatted: str | Unset = UNSET
    country: None | str | Unset = UNSET
    type_: PhoneNumberType | Unset = UNSET
    label: None | str | Unset = UNSET
    is_group_number: bool | Unset = UNSET
    sms_enabled: bool | Unset = UNSET
    supports_sms_to_countries: list[str] | Unset = UNSET
    participants: list[str] | Unset = UNSET
    phone_numbers: list[str] | Unset = UNSET
    phone_numbers_formatted: list[str] | Unset = UNSET
    voicemail_greeting_url: None | str | Unset = UNSET
    forward_to: None | str | Unset = UNSET
    forward_to_enabled: bool | Unset = UNSET
    forward_to_formatted: None | str | Unset = UNSET
    address_id: None | str | Unset = UNSET
    bundle_id: None | str | Unset = UNSET
    carrier: None | UnderlyingCarrier | Unset = UNSET
    carrier_type: CarrierNumberType | None | Unset = UNSET
    is_premium: bool | Unset = UNSET
    is_verified: bool | Unset = UNSET
    last_billed_price: float | None | Unset = UNSET
    mms_enabled: bool | Unset = UNSET
    next_billing_on: datetime.datetime | None | Unset = UNSET
    press_1_to_accept: bool | Unset = UNSET
    supports_mms_to_countries: list[str] | Unset = UNSET
    was_ported: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        number = self.number

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        number_formatted = self.number_formatted

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        is_group_number = self.is_group_number

        sms_enabled = self.sms_enabled

        supports_sms_to_countries: list[str] | Unset = UNSET
        if not isinstance(self.supports_sms_to_countries, Unset):
            supports_sms_to_countries = self.supports_sms_to_countries

        participants: list[str] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = self.participants

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        phone_numbers_formatted: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers_formatted, Unset):
            phone_numbers_formatted = self.phone_numbers_formatted

        voicemail_greeting_url: None | str | Unset
        if isinstance(self.voicemail_greeting_url, Unset):
            voicemail_greeting_url = UNSET
        else:
            voicemail_greeting_url = self.voicemail_greeting_url

        forward_to: None | str | Unset
        if isinstance(self.forward_to, Unset):
            forward_to = UNSET
        else:
            forward_to = self.forward_to

        forward_to_enabled = self.forward_to_enabled

        forward_to_formatted: None | str | Unset
        if isinstance(self.forward_to_formatted, Unset):
            forward_to_formatted = UNSET
        else:
            forward_to_formatted = self.forward_to_formatted

        address_id: None | str | Unset
        if isinstance(self.address_id, Unset):
            address_id = UNSET
        else:
            address_id = self.address_id

        bundle_id: None | str | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        else:
            bundle_id = self.bundle_id

        carrier: None | str | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        elif isinstance(self.carrier, UnderlyingCarrier):
            carrier = self.carrier.value
        else:
            carrier = self.carrier

        carrier_type: None | str | Unset
        if isinstance(self.carrier_type, Unset):
            carrier_type = UNSET
        elif isinstance(self.carrier_type, CarrierNumberType):
            carrier_type = self.carrier_type.value
        else:
            carrier_type = self.carrier_type

        is_premium = self.is_premium

        is_verified = self.is_verified

        last_billed_price: float | None | Unset
        if isinstance(self.last_billed_price, Unset):
            last_billed_price = UNSET
        else:
            last_billed_price = self.last_billed_price

        mms_enabled = self.mms_enabled

        next_billing_on: None | str | Unset
        if isinstance(self.next_billing_on, Unset):
            next_billing_on = UNSET
        elif isinstance(self.next_billing_on, datetime.datetime):
            next_billing_on = self.next_billing_on.isoformat()
        else:
            next_billing_on = self.next_billing_on

        press_1_to_accept = self.press_1_to_accept

        supports_mms_to_countries: list[str] | Unset = UNSET
        if not isinstance(self.supports_mms_to_countries, Unset):
            supports_mms_to_countries = self.supports_mms_to_countries

        was_ported = self.was_ported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "number": number,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if number_formatted is not UNSET:
            field_dict["number_formatted"] = number_formatted
        if country is not UNSET:
            field_dict["country"] = country
        if type_ is not UNSET:
            field_dict["type"] = type_
        if label is not UNSET:
            field_dict["label"] = label
        if is_group_number is not UNSET:
            field_dict["is_group_number"] = is_group_number
        if sms_enabled is not UNSET:
            field_dict["sms_enabled"] = sms_enabled
        if supports_sms_to_countries is not UNSET:
            field_dict["supports_sms_to_countries"] = supports_sms_to_countries
        if participants is not UNSET:
            field_dict["participants"] = participants
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if phone_numbers_formatted is not UNSET:
            field_dict["phone_numbers_formatted"] = phone_numbers_formatted
        if voicemail_greeting_url is not UNSET:
            field_dict["voicemail_greeting_url"] = voicemail_greeting_url
        if forward_to is not UNSET:
            field_dict["forward_to"] = forward_to
        if forward_to_enabled is not UNSET:
            field_dict["forward_to_enabled"] = forward_to_enabled
        if forward_to_formatted is not UNSET:
            field_dict["forward_to_formatted"] = forward_to_formatted
        if address_id is not UNSET:
            field_dict["address_id"] = address_id
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if carrier_type is not UNSET:
            field_dict["carrier_type"] = carrier_type
        if is_premium is not UNSET:
            field_dict["is_premium"] = is_premium
        if is_verified is not UNSET:
            field_dict["is_verified"] = is_verified
        if last_billed_price is not UNSET:
            field_dict["last_billed_price"] = last_billed_price
        if mms_enabled is not UNSET:
            field_dict["mms_enabled"] = mms_enabled
        if next_billing_on is not UNSET:
            field_dict["next_billing_on"] = next_billing_on
        if press_1_to_accept is not UNSET:
            field_dict["press_1_to_accept"] = press_1_to_accept
        if supports_mms_to_countries is not UNSET:
            field_dict["supports_mms_to_countries"] = supports_mms_to_countries
        if was_ported is not UNSET:
            field_dict["was_ported"] = was_ported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        number = d.pop("number")

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        number_formatted = d.pop("number_formatted", UNSET)

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: PhoneNumberType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PhoneNumberType(_type_)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        is_group_number = d.pop("is_group_number", UNSET)

        sms_enabled = d.pop("sms_enabled", UNSET)

        supports_sms_to_countries = cast(list[str], d.pop("supports_sms_to_countries", UNSET))

        participants = cast(list[str], d.pop("participants", UNSET))

        phone_numbers = cast(list[str], d.pop("phone_numbers", UNSET))

        phone_numbers_formatted = cast(list[str], d.pop("phone_numbers_formatted", UNSET))

        def _parse_voicemail_greeting_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voicemail_greeting_url = _parse_voicemail_greeting_url(
            d.pop("voicemail_greeting_url", UNSET)
        )

        def _parse_forward_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forward_to = _parse_forward_to(d.pop("forward_to", UNSET))

        forward_to_enabled = d.pop("forward_to_enabled", UNSET)

        def _parse_forward_to_formatted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forward_to_formatted = _parse_forward_to_formatted(d.pop("forward_to_formatted", UNSET))

        def _parse_address_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_id = _parse_address_id(d.pop("address_id", UNSET))

        def _parse_bundle_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bundle_id = _parse_bundle_id(d.pop("bundle_id", UNSET))

        def _parse_carrier(data: object) -> None | UnderlyingCarrier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                carrier_type_0 = UnderlyingCarrier(data)

                return carrier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnderlyingCarrier | Unset, data)

        carrier = _parse_carrier(d.pop("carrier", UNSET))

        def _parse_carrier_type(data: object) -> CarrierNumberType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                carrier_type_type_0 = CarrierNumberType(data)

                return carrier_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CarrierNumberType | None | Unset, data)

        carrier_type = _parse_carrier_type(d.pop("carrier_type", UNSET))

        is_premium = d.pop("is_premium", UNSET)

        is_verified = d.pop("is_verified", UNSET)

        def _parse_last_billed_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        last_billed_price = _parse_last_billed_price(d.pop("last_billed_price", UNSET))

        mms_enabled = d.pop("mms_enabled", UNSET)

        def _parse_next_billing_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_billing_on_type_0 = parse_datetime(data)

                return next_billing_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_billing_on = _parse_next_billing_on(d.pop("next_billing_on", UNSET))

        press_1_to_accept = d.pop("press_1_to_accept", UNSET)

        supports_mms_to_countries = cast(list[str], d.pop("supports_mms_to_countries", UNSET))

        was_ported = d.pop("was_ported", UNSET)

        phone_number = cls(
            id=id,
            organization_id=organization_id,
            number=number,
            date_created=date_created,
            date_updated=date_updated,
            user_id=user_id,
            number_formatted=number_formatted,
            country=country,
            type_=type_,
            label=label,
            is_group_number=is_group_number,
            sms_enabled=sms_enabled,
            supports_sms_to_countries=supports_sms_to_countries,
            participants=participants,
            phone_numbers=phone_numbers,
            phone_numbers_formatted=phone_numbers_formatted,
            voicemail_greeting_url=voicemail_greeting_url,
            forward_to=forward_to,
            forward_to_enabled=forward_to_enabled,
            forward_to_formatted=forward_to_formatted,
            address_id=address_id,
            bundle_id=bundle_id,
            carrier=carrier,
            carrier_type=carrier_type,
            is_premium=is_premium,
            is_verified=is_verified,
            last_billed_price=last_billed_price,
            mms_enabled=mms_enabled,
            next_billing_on=next_billing_on,
            press_1_to_accept=press_1_to_accept,
            supports_mms_to_countries=supports_mms_to_countries,
            was_ported=was_ported,
        )

        phone_number.additional_properties = d
        return phone_number

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
