from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomObjectTypeUpdate")


@_attrs_define
class CustomObjectTypeUpdate:
    """Fields to change on a Custom Object Type (not its fields).

    Attributes:
        name (str | Unset):
        name_plural (str | Unset):
        description (str | Unset):
        api_create_only (bool | Unset):
        editable_with_roles (list[str] | Unset):
        is_archived (bool | Unset): `true` archives the type.
    """

    name: str | Unset = UNSET
    name_plural: str | Unset = UNSET
    description: str | Unset = UNSET
    api_create_only: bool | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    is_archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        name_plural = self.name_plural

        description = self.description

        api_create_only = self.api_create_only

        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        is_archived = self.is_archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if name_plural is not UNSET:
            field_dict["name_plural"] = name_plural
        if description is not UNSET:
            field_dict["description"] = description
        if api_create_only is not UNSET:
            field_dict["api_create_only"] = api_create_only
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        name_plural = d.pop("name_plural", UNSET)

        description = d.pop("description", UNSET)

        api_create_only = d.pop("api_create_only", UNSET)

        editable_with_roles = cast(list[str], d.pop("editable_with_roles", UNSET))

        is_archived = d.pop("is_archived", UNSET)

        custom_object_type_update = cls(
            name=name,
            name_plural=name_plural,
            description=description,
            api_create_only=api_create_only,
            editable_with_roles=editable_with_roles,
            is_archived=is_archived,
        )

        custom_object_type_update.additional_properties = d
        return custom_object_type_update

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
