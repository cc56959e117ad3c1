from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_client_availability import UserClientAvailability


T = TypeVar("T", bound="UserAvailability")


@_attrs_define
class UserAvailability:
    """A user's availability on each Close client.

    Attributes:
        user_id (str):
        availability (list[UserClientAvailability]):
    """

    user_id: str
    availability: list[UserClientAvailability]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        availability = []
        for availability_item_data in self.availability:
            availability_item = availability_item_data.to_dict()
            availability.append(availability_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "availability": availability,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_client_availability import UserClientAvailability  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("user_id")

        availability = []
        _availability = d.pop("availability")
        for availability_item_data in _availability:
            availability_item = UserClientAvailability.from_dict(availability_item_data)

            availability.append(availability_item)

        user_availability = cls(
            user_id=user_id,
            availability=availability,
        )

        user_availability.additional_properties = d
        return user_availability

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
