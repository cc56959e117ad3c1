from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BlockedPhoneNumberSettings")


@_attrs_define
class BlockedPhoneNumberSettings:
    """The organization's call-blocking settings.

    Attributes:
        reject_anonymous_inbound_calls (bool):
    """

    reject_anonymous_inbound_calls: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reject_anonymous_inbound_calls = self.reject_anonymous_inbound_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reject_anonymous_inbound_calls": reject_anonymous_inbound_calls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reject_anonymous_inbound_calls = d.pop("reject_anonymous_inbound_calls")

        blocked_phone_number_settings = cls(
            reject_anonymous_inbound_calls=reject_anonymous_inbound_calls,
        )

        blocked_phone_number_settings.additional_properties = d
        return blocked_phone_number_settings

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
