from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        message = self.message
        if message is not UNSET:
            field_dict["message"] = message

        rate_reset = self.rate_reset
        if rate_reset is not UNSET:
            field_dict["rate_reset"] = rate_reset

        rate_limit = self.rate_limit
        if rate_limit is not UNSET:
            field_dict["rate_limit"] = rate_limit

        rate_window = self.rate_window
        if rate_window is not UNSET:
            field_dict["rate_window"] = rate_window

        rate_limit_type = self.rate_limit_type
        if rate_limit_type is not UNSET:
            field_dict["rate_limit_type"] = rate_limit_type

        rate_endpoint_group = self.rate_endpoint_group
        if rate_endpoint_group is not UNSET:
            field_dict["rate_endpoint_group"] = rate_endpoint_group

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
            raise not_an_object("RateLimitDetails", src_dict)
        d = dict(src_dict)
        _raw_message = d.pop("message", UNSET)
        message: str | Unset
        if isinstance(_raw_message, str):
            message = _raw_message
        else:
            message = UNSET
            if _raw_message is not UNSET:
                d["message"] = _raw_message

        _raw_rate_reset = d.pop("rate_reset", UNSET)
        rate_reset: float | Unset
        if isinstance(_raw_rate_reset, int | float) and not isinstance(_raw_rate_reset, bool):
            rate_reset = _raw_rate_reset
        else:
            rate_reset = UNSET
            if _raw_rate_reset is not UNSET:
                d["rate_reset"] = _raw_rate_reset

        _raw_rate_limit = d.pop("rate_limit", UNSET)
        rate_limit: int | Unset
        if isinstance(_raw_rate_limit, int) and not isinstance(_raw_rate_limit, bool):
            rate_limit = _raw_rate_limit
        else:
            rate_limit = UNSET
            if _raw_rate_limit is not UNSET:
                d["rate_limit"] = _raw_rate_limit

        _raw_rate_window = d.pop("rate_window", UNSET)
        rate_window: float | Unset
        if isinstance(_raw_rate_window, int | float) and not isinstance(_raw_rate_window, bool):
            rate_window = _raw_rate_window
        else:
            rate_window = UNSET
            if _raw_rate_window is not UNSET:
                d["rate_window"] = _raw_rate_window

        _raw_rate_limit_type = d.pop("rate_limit_type", UNSET)
        rate_limit_type: str | Unset
        if isinstance(_raw_rate_limit_type, str):
            rate_limit_type = _raw_rate_limit_type
        else:
            rate_limit_type = UNSET
            if _raw_rate_limit_type is not UNSET:
                d["rate_limit_type"] = _raw_rate_limit_type

        _raw_rate_endpoint_group = d.pop("rate_endpoint_group", UNSET)
        rate_endpoint_group: str | Unset
        if isinstance(_raw_rate_endpoint_group, str):
            rate_endpoint_group = _raw_rate_endpoint_group
        else:
            rate_endpoint_group = UNSET
            if _raw_rate_endpoint_group is not UNSET:
                d["rate_endpoint_group"] = _raw_rate_endpoint_group

        parsed_obj = cls(
            message=message,
            rate_reset=rate_reset,
            rate_limit=rate_limit,
            rate_window=rate_window,
            rate_limit_type=rate_limit_type,
            rate_endpoint_group=rate_endpoint_group,
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
