from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberUpdate")


@_attrs_define
class PhoneNumberUpdate:
    """
    Attributes:
        label (str | Unset):
        forward_to (str | Unset):
        forward_to_enabled (bool | Unset):
        voicemail_greeting_url (str | Unset):
    """

    label: str | Unset = UNSET
    forward_to: str | Unset = UNSET
    forward_to_enabled: bool | Unset = UNSET
    voicemail_greeting_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        forward_to = self.forward_to

        forward_to_enabled = self.forward_to_enabled

        voicemail_greeting_url = self.voicemail_greeting_url

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        forward_to = d.pop("forward_to", UNSET)

        forward_to_enabled = d.pop("forward_to_enabled", UNSET)

        voicemail_greeting_url = d.pop("voicemail_greeting_url", UNSET)

        phone_number_update = cls(
            label=label,
            forward_to=forward_to,
            forward_to_enabled=forward_to_enabled,
            voicemail_greeting_url=voicemail_greeting_url,
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
