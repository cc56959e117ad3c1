from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomObjectCustomFieldCreate")


@_attrs_define
class CustomObjectCustomFieldCreate:
    """A new custom field of a Custom Object Type.

    Attributes:
        custom_object_type_id (str):
        name (str):
        type_ (CustomFieldType): The type of a custom field's values: `text`, `number`, `date` (`2014-06-12`),
            `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
            of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
            `textarea` (custom activities only) or `hidden` (never shown in the app).
        required (bool | Unset): Whether a value is needed to save the object.
        description (None | str | Unset):
        choices (list[str] | Unset):
        accepts_multiple_values (bool | Unset):
        editable_with_roles (list[str] | Unset):
        referenced_custom_type_id (None | str | Unset): For `custom_object` fields, the Custom Object Type referenced.
        back_reference_is_visible (bool | None | Unset):
    """

    custom_object_type_id: str
    name: str
    type_: CustomFieldType
    required: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    choices: list[str] | Unset = UNSET
    accepts_multiple_values: bool | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    referenced_custom_type_id: None | str | Unset = UNSET
    back_reference_is_visible: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_object_type_id = self.custom_object_type_id

        name = self.name

        type_ = self.type_.value

        required = self.required

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        choices: list[str] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = self.choices

        accepts_multiple_values = self.accepts_multiple_values

        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        referenced_custom_type_id: None | str | Unset
        if isinstance(self.referenced_custom_type_id, Unset):
            referenced_custom_type_id = UNSET
        else:
            referenced_custom_type_id = self.referenced_custom_type_id

        back_reference_is_visible: bool | None | Unset
        if isinstance(self.back_reference_is_visible, Unset):
            back_reference_is_visible = UNSET
        else:
            back_reference_is_visible = self.back_reference_is_visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_object_type_id": custom_object_type_id,
                "name": name,
                "type": type_,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required
        if description is not UNSET:
            field_dict["description"] = description
        if choices is not UNSET:
            field_dict["choices"] = choices
        if accepts_multiple_values is not UNSET:
            field_dict["accepts_multiple_values"] = accepts_multiple_values
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles
        if referenced_custom_type_id is not UNSET:
            field_dict["referenced_custom_type_id"] = referenced_custom_type_id
        if back_reference_is_visible is not UNSET:
            field_dict["back_reference_is_visible"] = back_reference_is_visible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_object_type_id = d.pop("custom_object_type_id")

        name = d.pop("name")

        type_ = CustomFieldType(d.pop("type"))

        required = d.pop("required", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        choices = cast(list[str], d.pop("choices", UNSET))

        accepts_multiple_values = d.pop("accepts_multiple_values", UNSET)

        editable_with_roles = cast(list[str], d.pop("editable_with_roles", UNSET))

        def _parse_referenced_custom_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referenced_custom_type_id = _parse_referenced_custom_type_id(
            d.pop("referenced_custom_type_id", UNSET)
        )

        def _parse_back_reference_is_visible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        back_reference_is_visible = _parse_back_reference_is_visible(
            d.pop("back_reference_is_visible", UNSET)
        )

        custom_object_custom_field_create = cls(
            custom_object_type_id=custom_object_type_id,
            name=name,
            type_=type_,
            required=required,
            description=description,
            choices=choices,
            accepts_multiple_values=accepts_multiple_values,
            editable_with_roles=editable_with_roles,
            referenced_custom_type_id=referenced_custom_type_id,
            back_reference_is_visible=back_reference_is_visible,
        )

        custom_object_custom_field_create.additional_properties = d
        return custom_object_custom_field_create

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
