from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="PhoneNumberRequestInternalResponse")


@_attrs_define
class PhoneNumberRequestInternalResponse:
    """
    Attributes:
        organization_id (str | Unset):
        user_id (str | Unset):
        id (str | Unset):
        number (str | Unset):
        number_formatted (str | Unset):
        country (str | Unset):
        type_ (str | Unset):
        sms_enabled (bool | Unset):
        is_group_number (bool | Unset):
        label (Any | Unset): Shape not documented (only null shown).
        forward_to (Any | Unset): Shape not documented (only null shown).
        forward_to_formatted (Any | Unset): Shape not documented (only null shown).
        forward_to_enabled (bool | Unset):
        voicemail_greeting_url (Any | Unset): Shape not documented (only null shown).
        supports_sms_to_countries (list[str] | Unset):
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
    """

    organization_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    id: str | Unset = UNSET
    number: str | Unset = UNSET
    number_formatted: str | Unset = UNSET
    country: str | Unset = UNSET
    type_: str | Unset = UNSET
    sms_enabled: bool | Unset = UNSET
    is_group_number: bool | Unset = UNSET
    label: Any | Unset = UNSET
    forward_to: Any | Unset = UNSET
    forward_to_formatted: Any | Unset = UNSET
    forward_to_enabled: bool | Unset = UNSET
    voicemail_greeting_url: Any | Unset = UNSET
    supports_sms_to_countries: list[str] | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        user_id = self.user_id

        id = self.id

        number = self.number

        number_formatted = self.number_formatted

        country = self.country

        type_ = self.type_

        sms_enabled = self.sms_enabled

        is_group_number = self.is_group_number

        label = self.label

        forward_to = self.forward_to

        forward_to_formatted = self.forward_to_formatted

        forward_to_enabled = self.forward_to_enabled

        voicemail_greeting_url = self.voicemail_greeting_url

        supports_sms_to_countries: list[str] | Unset = UNSET
        if not isinstance(self.supports_sms_to_countries, Unset):
            supports_sms_to_countries = self.supports_sms_to_countries

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if number_formatted is not UNSET:
            field_dict["number_formatted"] = number_formatted
        if country is not UNSET:
            field_dict["country"] = country
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sms_enabled is not UNSET:
            field_dict["sms_enabled"] = sms_enabled
        if is_group_number is not UNSET:
            field_dict["is_group_number"] = is_group_number
        if label is not UNSET:
            field_dict["label"] = label
        if forward_to is not UNSET:
            field_dict["forward_to"] = forward_to
        if forward_to_formatted is not UNSET:
            field_dict["forward_to_formatted"] = forward_to_formatted
        if forward_to_enabled is not UNSET:
            field_dict["forward_to_enabled"] = forward_to_enabled
        if voicemail_greeting_url is not UNSET:
            field_dict["voicemail_greeting_url"] = voicemail_greeting_url
        if supports_sms_to_countries is not UNSET:
            field_dict["supports_sms_to_countries"] = supports_sms_to_countries
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organization_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        number_formatted = d.pop("number_formatted", UNSET)

        country = d.pop("country", UNSET)

        type_ = d.pop("type", UNSET)

        sms_enabled = d.pop("sms_enabled", UNSET)

        is_group_number = d.pop("is_group_number", UNSET)

        label = d.pop("label", UNSET)

        forward_to = d.pop("forward_to", UNSET)

        forward_to_formatted = d.pop("forward_to_formatted", UNSET)

        forward_to_enabled = d.pop("forward_to_enabled", UNSET)

        voicemail_greeting_url = d.pop("voicemail_greeting_url", UNSET)

        supports_sms_to_countries = cast(list[str], d.pop("supports_sms_to_countries", UNSET))

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        _date_updated = d.pop("date_updated", UNSET)
        date_updated: datetime.datetime | Unset
        if isinstance(_date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = parse_datetime(_date_updated)

        phone_number_request_internal_response = cls(
            organization_id=organization_id,
            user_id=user_id,
            id=id,
            number=number,
            number_formatted=number_formatted,
            country=country,
            type_=type_,
            sms_enabled=sms_enabled,
            is_group_number=is_group_number,
            label=label,
            forward_to=forward_to,
            forward_to_formatted=forward_to_formatted,
            forward_to_enabled=forward_to_enabled,
            voicemail_greeting_url=voicemail_greeting_url,
            supports_sms_to_countries=supports_sms_to_countries,
            date_created=date_created,
            date_updated=date_updated,
        )

        phone_number_request_internal_response.additional_properties = d
        return phone_number_request_internal_response

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
