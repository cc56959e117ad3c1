from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_active_call import UserActiveCall


T = TypeVar("T", bound="UserClientAvailability")


@_attrs_define
class UserClientAvailability:
    """A user's status on one kind of client, and the calls they are on there.

    Attributes:
        type_ (str): The client, e.g. `web`, `native`, `mobile`.
        status (str): e.g. `online`, `offline`.
        active_calls (list[UserActiveCall]):
    """

    type_: str
    status: str
    active_calls: list[UserActiveCall]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        status = self.status

        active_calls = []
        for active_calls_item_data in self.active_calls:
            active_calls_item = active_calls_item_data.to_dict()
            active_calls.append(active_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "status": status,
                "active_calls": active_calls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_active_call import UserActiveCall  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        status = d.pop("status")

        active_calls = []
        _active_calls = d.pop("active_calls")
        for active_calls_item_data in _active_calls:
            active_calls_item = UserActiveCall.from_dict(active_calls_item_data)

            active_calls.append(active_calls_item)

        user_client_availability = cls(
            type_=type_,
            status=status,
            active_calls=active_calls,
        )

        user_client_availability.additional_properties = d
        return user_client_availability

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
