from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberUpdate")


@_attrs_define
class PhoneNumberUpdate:
    """Settings to change on a phone number.

    Attributes:
        label (None | str | Unset):
        forward_to (None | str | Unset): E.164 number to forward calls to.
        forward_to_enabled (bool | Unset):
        voicemail_greeting_url (None | str | Unset): An https URL of an mp3 recording.
        participants (list[str] | Unset): User ids taking part in a group number.
        phone_numbers (list[str] | Unset): External numbers (E.164) taking part in a group number.
        press_1_to_accept (bool | Unset):
    """

    label: None | str | Unset = UNSET
    forward_to: None | str | Unset = UNSET
    forward_to_enabled: bool | Unset = UNSET
    voicemail_greeting_url: None | str | Unset = UNSET
    participants: list[str] | Unset = UNSET
    phone_numbers: list[str] | Unset = UNSET
    press_1_to_accept: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        forward_to: None | str | Unset
        if isinstance(self.forward_to, Unset):
            forward_to = UNSET
        else:
            forward_to = self.forward_to

        forward_to_enabled = self.forward_to_enabled

        voicemail_greeting_url: None | str | Unset
        if isinstance(self.voicemail_greeting_url, Unset):
            voicemail_greeting_url = UNSET
        else:
            voicemail_greeting_url = self.voicemail_greeting_url

        participants: list[str] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = self.participants

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        press_1_to_accept = self.press_1_to_accept

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if forward_to is not UNSET:
            field_dict["forward_to"] = forward_to
        if forward_to_enabled is not UNSET:
            field_dict["forward_to_enabled"] = forward_to_enabled
        if voicemail_greeting_url is not UNSET:
            field_dict["voicemail_greeting_url"] = voicemail_greeting_url
        if participants is not UNSET:
            field_dict["participants"] = participants
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if press_1_to_accept is not UNSET:
            field_dict["press_1_to_accept"] = press_1_to_accept

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_forward_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forward_to = _parse_forward_to(d.pop("forward_to", UNSET))

        forward_to_enabled = d.pop("forward_to_enabled", UNSET)

        def _parse_voicemail_greeting_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voicemail_greeting_url = _parse_voicemail_greeting_url(
            d.pop("voicemail_greeting_url", UNSET)
        )

        participants = cast(list[str], d.pop("participants", UNSET))

        phone_numbers = cast(list[str], d.pop("phone_numbers", UNSET))

        press_1_to_accept = d.pop("press_1_to_accept", UNSET)

        phone_number_update = cls(
            label=label,
            forward_to=forward_to,
            forward_to_enabled=forward_to_enabled,
            voicemail_greeting_url=voicemail_greeting_url,
            participants=participants,
            phone_numbers=phone_numbers,
            press_1_to_accept=press_1_to_accept,
        )

        phone_number_update.additional_properties = d
        return phone_number_update

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
