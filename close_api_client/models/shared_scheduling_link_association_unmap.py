from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedSchedulingLinkAssociationUnmap")


@_attrs_define
class SharedSchedulingLinkAssociationUnmap:
    """The Shared Scheduling Link and user whose mapping to remove.

    Attributes:
        organization_id (str | Unset):
        shared_scheduling_link_id (str | Unset):
        user_id (str | Unset):
    """

    organization_id: str | Unset = UNSET
    shared_scheduling_link_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        shared_scheduling_link_id = self.shared_scheduling_link_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if shared_scheduling_link_id is not UNSET:
            field_dict["shared_scheduling_link_id"] = shared_scheduling_link_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organization_id", UNSET)

        shared_scheduling_link_id = d.pop("shared_scheduling_link_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        shared_scheduling_link_association_unmap = cls(
            organization_id=organization_id,
            shared_scheduling_link_id=shared_scheduling_link_id,
            user_id=user_id,
        )

        shared_scheduling_link_association_unmap.additional_properties = d
        return shared_scheduling_link_association_unmap

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
