from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_availability_availability_item_active_calls_item import (
        UserAvailabilityAvailabilityItemActiveCallsItem,
    )


T = TypeVar("T", bound="UserAvailabilityAvailabilityItem")


@_attrs_define
class UserAvailabilityAvailabilityItem:
    """
    Attributes:
        status (str | Unset):
        type_ (str | Unset):
        active_calls (list[UserAvailabilityAvailabilityItemActiveCallsItem] | Unset):
    """

    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    active_calls: list[UserAvailabilityAvailabilityItemActiveCallsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        type_ = self.type_

        active_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.active_calls, Unset):
            active_calls = []
            for active_calls_item_data in self.active_calls:
                active_calls_item = active_calls_item_data.to_dict()
                active_calls.append(active_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if active_calls is not UNSET:
            field_dict["active_calls"] = active_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_availability_availability_item_active_calls_item import (
            UserAvailabilityAvailabilityItemActiveCallsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        _active_calls = d.pop("active_calls", UNSET)
        active_calls: list[UserAvailabilityAvailabilityItemActiveCallsItem] | Unset = UNSET
        if _active_calls is not UNSET:
            active_calls = []
            for active_calls_item_data in _active_calls:
                active_calls_item = UserAvailabilityAvailabilityItemActiveCallsItem.from_dict(
                    active_calls_item_data
                )

                active_calls.append(active_calls_item)

        user_availability_availability_item = cls(
            status=status,
            type_=type_,
            active_calls=active_calls,
        )

        user_availability_availability_item.additional_properties = d
        return user_availability_availability_item

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
