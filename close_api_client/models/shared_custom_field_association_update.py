from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedCustomFieldAssociationUpdate")


@_attrs_define
class SharedCustomFieldAssociationUpdate:
    """Changes to an association (a patch); only these two settings can change.

    Attributes:
        editable_with_roles (list[str] | Unset):
        required (bool | Unset):
    """

    editable_with_roles: list[str] | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        editable_with_roles = cast(list[str], d.pop("editable_with_roles", UNSET))

        required = d.pop("required", UNSET)

        shared_custom_field_association_update = cls(
            editable_with_roles=editable_with_roles,
            required=required,
        )

        shared_custom_field_association_update.additional_properties = d
        return shared_custom_field_association_update

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
