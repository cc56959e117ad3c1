from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomObjectTypeBackReferenceFieldsItem")


@_attrs_define
class CustomObjectTypeBackReferenceFieldsItem:
    """
    Attributes:
        accepts_multiple_values (bool | Unset):
        back_reference_is_visible (bool | Unset):
        description (str | Unset):
        editable_with_roles (list[Any] | Unset):
        id (str | Unset):
        name (str | Unset):
        referenced_custom_type_id (str | Unset):
        required (bool | Unset):
        type_ (str | Unset):
    """

    accepts_multiple_values: bool | Unset = UNSET
    back_reference_is_visible: bool | Unset = UNSET
    description: str | Unset = UNSET
    editable_with_roles: list[Any] | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    referenced_custom_type_id: str | Unset = UNSET
    required: bool | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepts_multiple_values = self.accepts_multiple_values

        back_reference_is_visible = self.back_reference_is_visible

        description = self.description

        editable_with_roles: list[Any] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        id = self.id

        name = self.name

        referenced_custom_type_id = self.referenced_custom_type_id

        required = self.required

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepts_multiple_values is not UNSET:
            field_dict["accepts_multiple_values"] = accepts_multiple_values
        if back_reference_is_visible is not UNSET:
            field_dict["back_reference_is_visible"] = back_reference_is_visible
        if description is not UNSET:
            field_dict["description"] = description
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if referenced_custom_type_id is not UNSET:
            field_dict["referenced_custom_type_id"] = referenced_custom_type_id
        if required is not UNSET:
            field_dict["required"] = required
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepts_multiple_values = d.pop("accepts_multiple_values", UNSET)

        back_reference_is_visible = d.pop("back_reference_is_visible", UNSET)

        description = d.pop("description", UNSET)

        editable_with_roles = cast(list[Any], d.pop("editable_with_roles", UNSET))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        referenced_custom_type_id = d.pop("referenced_custom_type_id", UNSET)

        required = d.pop("required", UNSET)

        type_ = d.pop("type", UNSET)

        custom_object_type_back_reference_fields_item = cls(
            accepts_multiple_values=accepts_multiple_values,
            back_reference_is_visible=back_reference_is_visible,
            description=description,
            editable_with_roles=editable_with_roles,
            id=id,
            name=name,
            referenced_custom_type_id=referenced_custom_type_id,
            required=required,
            type_=type_,
        )

        custom_object_type_back_reference_fields_item.additional_properties = d
        return custom_object_type_back_reference_fields_item

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
