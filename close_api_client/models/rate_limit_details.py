from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RateLimitDetails")


@_attrs_define
class RateLimitDetails:
    """The `error` object of a 429 body.

    Attributes:
        message (str | Unset):
        rate_reset (float | Unset): Seconds until the window resets (Close recommends this value).
        rate_limit (int | Unset): Requests allowed per window.
        rate_window (float | Unset): Window length in seconds.
        rate_limit_type (str | Unset): Which limit was hit, e.g. `key` or `organization`.
        rate_endpoint_group (str | Unset): The endpoint group whose limit was hit.
    """

    message: str | Unset = UNSET
    rate_reset: float | Unset = UNSET
    rate_limit: int | Unset = UNSET
    rate_window: float | Unset = UNSET
    rate_limit_type: str | Unset = UNSET
    rate_endpoint_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        rate_reset = self.rate_reset

        rate_limit = self.rate_limit

        rate_window = self.rate_window

        rate_limit_type = self.rate_limit_type

        rate_endpoint_group = self.rate_endpoint_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if rate_reset is not UNSET:
            field_dict["rate_reset"] = rate_reset
        if rate_limit is not UNSET:
            field_dict["rate_limit"] = rate_limit
        if rate_window is not UNSET:
            field_dict["rate_window"] = rate_window
        if rate_limit_type is not UNSET:
            field_dict["rate_limit_type"] = rate_limit_type
        if rate_endpoint_group is not UNSET:
            field_dict["rate_endpoint_group"] = rate_endpoint_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        rate_reset = d.pop("rate_reset", UNSET)

        rate_limit = d.pop("rate_limit", UNSET)

        rate_window = d.pop("rate_window", UNSET)

        rate_limit_type = d.pop("rate_limit_type", UNSET)

        rate_endpoint_group = d.pop("rate_endpoint_group", UNSET)

        rate_limit_details = cls(
            message=message,
            rate_reset=rate_reset,
            rate_limit=rate_limit,
            rate_window=rate_window,
            rate_limit_type=rate_limit_type,
            rate_endpoint_group=rate_endpoint_group,
        )

        rate_limit_details.additional_properties = d
        return rate_limit_details

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
