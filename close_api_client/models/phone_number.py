from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.carrier_number_type import CarrierNumberType
from ..models.phone_number_type import PhoneNumberType
from ..models.underlying_carrier import UnderlyingCarrier
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        if not isinstance(self.number, Unset):  # absent only if trimmed by _fields
            number = self.number
            field_dict["number"] = number

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        number_formatted = self.number_formatted
        if number_formatted is not UNSET:
            field_dict["number_formatted"] = number_formatted

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country
        if country is not UNSET:
            field_dict["country"] = country

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label
        if label is not UNSET:
            field_dict["label"] = label

        is_group_number = self.is_group_number
        if is_group_number is not UNSET:
            field_dict["is_group_number"] = is_group_number

        sms_enabled = self.sms_enabled
        if sms_enabled is not UNSET:
            field_dict["sms_enabled"] = sms_enabled

        supports_sms_to_countries: list[str] | Unset = UNSET
        if not isinstance(self.supports_sms_to_countries, Unset):
            supports_sms_to_countries = self.supports_sms_to_countries

        if supports_sms_to_countries is not UNSET:
            field_dict["supports_sms_to_countries"] = supports_sms_to_countries

        participants: list[str] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = self.participants

        if participants is not UNSET:
            field_dict["participants"] = participants

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers

        phone_numbers_formatted: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers_formatted, Unset):
            phone_numbers_formatted = self.phone_numbers_formatted

        if phone_numbers_formatted is not UNSET:
            field_dict["phone_numbers_formatted"] = phone_numbers_formatted

        voicemail_greeting_url: None | str | Unset
        if isinstance(self.voicemail_greeting_url, Unset):
            voicemail_greeting_url = UNSET
        else:
            voicemail_greeting_url = self.voicemail_greeting_url
        if voicemail_greeting_url is not UNSET:
            field_dict["voicemail_greeting_url"] = voicemail_greeting_url

        forward_to: None | str | Unset
        if isinstance(self.forward_to, Unset):
            forward_to = UNSET
        else:
            forward_to = self.forward_to
        if forward_to is not UNSET:
            field_dict["forward_to"] = forward_to

        forward_to_enabled = self.forward_to_enabled
        if forward_to_enabled is not UNSET:
            field_dict["forward_to_enabled"] = forward_to_enabled

        forward_to_formatted: None | str | Unset
        if isinstance(self.forward_to_formatted, Unset):
            forward_to_formatted = UNSET
        else:
            forward_to_formatted = self.forward_to_formatted
        if forward_to_formatted is not UNSET:
            field_dict["forward_to_formatted"] = forward_to_formatted

        address_id: None | str | Unset
        if isinstance(self.address_id, Unset):
            address_id = UNSET
        else:
            address_id = self.address_id
        if address_id is not UNSET:
            field_dict["address_id"] = address_id

        bundle_id: None | str | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        else:
            bundle_id = self.bundle_id
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id

        carrier: None | str | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        elif isinstance(self.carrier, UnderlyingCarrier):
            carrier = self.carrier.value
        else:
            carrier = self.carrier
        if carrier is not UNSET:
            field_dict["carrier"] = carrier

        carrier_type: None | str | Unset
        if isinstance(self.carrier_type, Unset):
            carrier_type = UNSET
        elif isinstance(self.carrier_type, CarrierNumberType):
            carrier_type = self.carrier_type.value
        else:
            carrier_type = self.carrier_type
        if carrier_type is not UNSET:
            field_dict["carrier_type"] = carrier_type

        is_premium = self.is_premium
        if is_premium is not UNSET:
            field_dict["is_premium"] = is_premium

        is_verified = self.is_verified
        if is_verified is not UNSET:
            field_dict["is_verified"] = is_verified

        last_billed_price: float | None | Unset
        if isinstance(self.last_billed_price, Unset):
            last_billed_price = UNSET
        else:
            last_billed_price = self.last_billed_price
        if last_billed_price is not UNSET:
            field_dict["last_billed_price"] = last_billed_price

        mms_enabled = self.mms_enabled
        if mms_enabled is not UNSET:
            field_dict["mms_enabled"] = mms_enabled

        next_billing_on: None | str | Unset
        if isinstance(self.next_billing_on, Unset):
            next_billing_on = UNSET
        elif isinstance(self.next_billing_on, datetime.datetime):
            next_billing_on = self.next_billing_on.isoformat()
        else:
            next_billing_on = self.next_billing_on
        if next_billing_on is not UNSET:
            field_dict["next_billing_on"] = next_billing_on

        press_1_to_accept = self.press_1_to_accept
        if press_1_to_accept is not UNSET:
            field_dict["press_1_to_accept"] = press_1_to_accept

        supports_mms_to_countries: list[str] | Unset = UNSET
        if not isinstance(self.supports_mms_to_countries, Unset):
            supports_mms_to_countries = self.supports_mms_to_countries

        if supports_mms_to_countries is not UNSET:
            field_dict["supports_mms_to_countries"] = supports_mms_to_countries

        was_ported = self.was_ported
        if was_ported is not UNSET:
            field_dict["was_ported"] = was_ported

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
            raise not_an_object("PhoneNumber", src_dict)
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = MISSING
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_number = d.pop("number", UNSET)
        number: str
        if isinstance(_raw_number, str):
            number = _raw_number
        else:
            number = MISSING
            if _raw_number is not UNSET:
                d["number"] = _raw_number

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _fits = _raw_date_created is not UNSET
            if not _fits:
                raise TypeError()
            date_created = parse_datetime(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = MISSING
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _fits = _raw_date_updated is not UNSET
            if not _fits:
                raise TypeError()
            date_updated = parse_datetime(_raw_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = MISSING
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: None | str | Unset
        if isinstance(_raw_user_id, str) or _raw_user_id is None:
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_number_formatted = d.pop("number_formatted", UNSET)
        number_formatted: str | Unset
        if isinstance(_raw_number_formatted, str):
            number_formatted = _raw_number_formatted
        else:
            number_formatted = UNSET
            if _raw_number_formatted is not UNSET:
                d["number_formatted"] = _raw_number_formatted

        _raw_country = d.pop("country", UNSET)
        country: None | str | Unset
        if isinstance(_raw_country, str) or _raw_country is None:
            country = _raw_country
        else:
            country = UNSET
            if _raw_country is not UNSET:
                d["country"] = _raw_country

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: PhoneNumberType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = PhoneNumberType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = UNSET
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_label = d.pop("label", UNSET)
        label: None | str | Unset
        if isinstance(_raw_label, str) or _raw_label is None:
            label = _raw_label
        else:
            label = UNSET
            if _raw_label is not UNSET:
                d["label"] = _raw_label

        _raw_is_group_number = d.pop("is_group_number", UNSET)
        is_group_number: bool | Unset
        if isinstance(_raw_is_group_number, bool):
            is_group_number = _raw_is_group_number
        else:
            is_group_number = UNSET
            if _raw_is_group_number is not UNSET:
                d["is_group_number"] = _raw_is_group_number

        _raw_sms_enabled = d.pop("sms_enabled", UNSET)
        sms_enabled: bool | Unset
        if isinstance(_raw_sms_enabled, bool):
            sms_enabled = _raw_sms_enabled
        else:
            sms_enabled = UNSET
            if _raw_sms_enabled is not UNSET:
                d["sms_enabled"] = _raw_sms_enabled

        _raw_supports_sms_to_countries = d.pop("supports_sms_to_countries", UNSET)
        supports_sms_to_countries: list[str] | Unset
        if isinstance(_raw_supports_sms_to_countries, list) and all(
            isinstance(item, str) for item in _raw_supports_sms_to_countries
        ):
            supports_sms_to_countries = _raw_supports_sms_to_countries
        else:
            supports_sms_to_countries = UNSET
            if _raw_supports_sms_to_countries is not UNSET:
                d["supports_sms_to_countries"] = _raw_supports_sms_to_countries

        _raw_participants = d.pop("participants", UNSET)
        participants: list[str] | Unset
        if isinstance(_raw_participants, list) and all(
            isinstance(item, str) for item in _raw_participants
        ):
            participants = _raw_participants
        else:
            participants = UNSET
            if _raw_participants is not UNSET:
                d["participants"] = _raw_participants

        _raw_phone_numbers = d.pop("phone_numbers", UNSET)
        phone_numbers: list[str] | Unset
        if isinstance(_raw_phone_numbers, list) and all(
            isinstance(item, str) for item in _raw_phone_numbers
        ):
            phone_numbers = _raw_phone_numbers
        else:
            phone_numbers = UNSET
            if _raw_phone_numbers is not UNSET:
                d["phone_numbers"] = _raw_phone_numbers

        _raw_phone_numbers_formatted = d.pop("phone_numbers_formatted", UNSET)
        phone_numbers_formatted: list[str] | Unset
        if isinstance(_raw_phone_numbers_formatted, list) and all(
            isinstance(item, str) for item in _raw_phone_numbers_formatted
        ):
            phone_numbers_formatted = _raw_phone_numbers_formatted
        else:
            phone_numbers_formatted = UNSET
            if _raw_phone_numbers_formatted is not UNSET:
                d["phone_numbers_formatted"] = _raw_phone_numbers_formatted

        _raw_voicemail_greeting_url = d.pop("voicemail_greeting_url", UNSET)
        voicemail_greeting_url: None | str | Unset
        if isinstance(_raw_voicemail_greeting_url, str) or _raw_voicemail_greeting_url is None:
            voicemail_greeting_url = _raw_voicemail_greeting_url
        else:
            voicemail_greeting_url = UNSET
            if _raw_voicemail_greeting_url is not UNSET:
                d["voicemail_greeting_url"] = _raw_voicemail_greeting_url

        _raw_forward_to = d.pop("forward_to", UNSET)
        forward_to: None | str | Unset
        if isinstance(_raw_forward_to, str) or _raw_forward_to is None:
            forward_to = _raw_forward_to
        else:
            forward_to = UNSET
            if _raw_forward_to is not UNSET:
                d["forward_to"] = _raw_forward_to

        _raw_forward_to_enabled = d.pop("forward_to_enabled", UNSET)
        forward_to_enabled: bool | Unset
        if isinstance(_raw_forward_to_enabled, bool):
            forward_to_enabled = _raw_forward_to_enabled
        else:
            forward_to_enabled = UNSET
            if _raw_forward_to_enabled is not UNSET:
                d["forward_to_enabled"] = _raw_forward_to_enabled

        _raw_forward_to_formatted = d.pop("forward_to_formatted", UNSET)
        forward_to_formatted: None | str | Unset
        if isinstance(_raw_forward_to_formatted, str) or _raw_forward_to_formatted is None:
            forward_to_formatted = _raw_forward_to_formatted
        else:
            forward_to_formatted = UNSET
            if _raw_forward_to_formatted is not UNSET:
                d["forward_to_formatted"] = _raw_forward_to_formatted

        _raw_address_id = d.pop("address_id", UNSET)
        address_id: None | str | Unset
        if isinstance(_raw_address_id, str) or _raw_address_id is None:
            address_id = _raw_address_id
        else:
            address_id = UNSET
            if _raw_address_id is not UNSET:
                d["address_id"] = _raw_address_id

        _raw_bundle_id = d.pop("bundle_id", UNSET)
        bundle_id: None | str | Unset
        if isinstance(_raw_bundle_id, str) or _raw_bundle_id is None:
            bundle_id = _raw_bundle_id
        else:
            bundle_id = UNSET
            if _raw_bundle_id is not UNSET:
                d["bundle_id"] = _raw_bundle_id

        _raw_carrier = d.pop("carrier", UNSET)
        try:

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | UnderlyingCarrier | Unset, data)

            carrier = _parse_carrier(_raw_carrier)

        except (TypeError, ValueError, AttributeError, KeyError):
            carrier = UNSET
            if _raw_carrier is not UNSET:
                d["carrier"] = _raw_carrier

        _raw_carrier_type = d.pop("carrier_type", UNSET)
        try:

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(CarrierNumberType | None | Unset, data)

            carrier_type = _parse_carrier_type(_raw_carrier_type)

        except (TypeError, ValueError, AttributeError, KeyError):
            carrier_type = UNSET
            if _raw_carrier_type is not UNSET:
                d["carrier_type"] = _raw_carrier_type

        _raw_is_premium = d.pop("is_premium", UNSET)
        is_premium: bool | Unset
        if isinstance(_raw_is_premium, bool):
            is_premium = _raw_is_premium
        else:
            is_premium = UNSET
            if _raw_is_premium is not UNSET:
                d["is_premium"] = _raw_is_premium

        _raw_is_verified = d.pop("is_verified", UNSET)
        is_verified: bool | Unset
        if isinstance(_raw_is_verified, bool):
            is_verified = _raw_is_verified
        else:
            is_verified = UNSET
            if _raw_is_verified is not UNSET:
                d["is_verified"] = _raw_is_verified

        _raw_last_billed_price = d.pop("last_billed_price", UNSET)
        last_billed_price: float | None | Unset
        if (
            isinstance(_raw_last_billed_price, int | float)
            and not isinstance(_raw_last_billed_price, bool)
        ) or _raw_last_billed_price is None:
            last_billed_price = _raw_last_billed_price
        else:
            last_billed_price = UNSET
            if _raw_last_billed_price is not UNSET:
                d["last_billed_price"] = _raw_last_billed_price

        _raw_mms_enabled = d.pop("mms_enabled", UNSET)
        mms_enabled: bool | Unset
        if isinstance(_raw_mms_enabled, bool):
            mms_enabled = _raw_mms_enabled
        else:
            mms_enabled = UNSET
            if _raw_mms_enabled is not UNSET:
                d["mms_enabled"] = _raw_mms_enabled

        _raw_next_billing_on = d.pop("next_billing_on", UNSET)
        try:

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            next_billing_on = _parse_next_billing_on(_raw_next_billing_on)

        except (TypeError, ValueError, AttributeError, KeyError):
            next_billing_on = UNSET
            if _raw_next_billing_on is not UNSET:
                d["next_billing_on"] = _raw_next_billing_on

        _raw_press_1_to_accept = d.pop("press_1_to_accept", UNSET)
        press_1_to_accept: bool | Unset
        if isinstance(_raw_press_1_to_accept, bool):
            press_1_to_accept = _raw_press_1_to_accept
        else:
            press_1_to_accept = UNSET
            if _raw_press_1_to_accept is not UNSET:
                d["press_1_to_accept"] = _raw_press_1_to_accept

        _raw_supports_mms_to_countries = d.pop("supports_mms_to_countries", UNSET)
        supports_mms_to_countries: list[str] | Unset
        if isinstance(_raw_supports_mms_to_countries, list) and all(
            isinstance(item, str) for item in _raw_supports_mms_to_countries
        ):
            supports_mms_to_countries = _raw_supports_mms_to_countries
        else:
            supports_mms_to_countries = UNSET
            if _raw_supports_mms_to_countries is not UNSET:
                d["supports_mms_to_countries"] = _raw_supports_mms_to_countries

        _raw_was_ported = d.pop("was_ported", UNSET)
        was_ported: bool | Unset
        if isinstance(_raw_was_ported, bool):
            was_ported = _raw_was_ported
        else:
            was_ported = UNSET
            if _raw_was_ported is not UNSET:
                d["was_ported"] = _raw_was_ported

        parsed_obj = cls(
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
