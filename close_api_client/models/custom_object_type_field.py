from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomObjectTypeField")


@_attrs_define
class CustomObjectTypeField:
    """Field metadata on a Custom Object Type: one of its own fields (`fields`) or a field of
    another object that references the type (`back_reference_fields`).

        Attributes:
            id (str):
            name (str):
            description (None | str):
            type_ (CustomFieldType): The type of a custom field's values: `text`, `number`, `date` (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            required (bool):
            accepts_multiple_values (bool):
            editable_with_roles (list[str]):
            choices (list[str] | Unset): For `choices` fields, the allowed values.
            referenced_custom_type_id (str | Unset): For `custom_object` fields, the Custom Object Type referenced.
            back_reference_is_visible (bool | Unset): For `custom_object` fields, whether referenced objects show the
                reference back.
    """

    id: str
    name: str
    description: None | str
    type_: CustomFieldType
    required: bool
    accepts_multiple_values: bool
    editable_with_roles: list[str]
    choices: list[str] | Unset = UNSET
    referenced_custom_type_id: str | Unset = UNSET
    back_reference_is_visible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        type_ = self.type_.value

        required = self.required

        accepts_multiple_values = self.accepts_multiple_values

        editable_with_roles = self.editable_with_roles

        choices: list[str] | Unset = UNSET
        if not isinstance(self.choices, Unset):
            choices = self.choices

        referenced_custom_type_id = self.referenced_custom_type_id

        back_reference_is_visible = self.back_reference_is_visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "type": type_,
                "required": required,
                "accepts_multiple_values": accepts_multiple_values,
                "editable_with_roles": editable_with_roles,
            }
        )
        if choices is not UNSET:
            field_dict["choices"] = choices
        if referenced_custom_type_id is not UNSET:
            field_dict["referenced_custom_type_id"] = referenced_custom_type_id
        if back_reference_is_visible is not UNSET:
            field_dict["back_reference_is_visible"] = back_reference_is_visible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        type_ = CustomFieldType(d.pop("type"))

        required = d.pop("required")

        accepts_multiple_values = d.pop("accepts_multiple_values")

        editable_with_roles = cast(list[str], d.pop("editable_with_roles"))

        choices = cast(list[str], d.pop("choices", UNSET))

        referenced_custom_type_id = d.pop("referenced_custom_type_id", UNSET)

        back_reference_is_visible = d.pop("back_reference_is_visible", UNSET)

        custom_object_type_field = cls(
            id=id,
            name=name,
            description=description,
            type_=type_,
            required=required,
            accepts_multiple_values=accepts_multiple_values,
            editable_with_roles=editable_with_roles,
            choices=choices,
            referenced_custom_type_id=referenced_custom_type_id,
            back_reference_is_visible=back_reference_is_visible,
        )

        custom_object_type_field.additional_properties = d
        return custom_object_type_field

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
