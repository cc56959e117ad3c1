from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldUpdate")


@_attrs_define
class CustomFieldUpdate:
    """Changes to a lead, contact or opportunity custom field (a patch).

    Attributes:
        name (str | Unset):
        type_ (CustomFieldType | Unset): The type of a custom field's values: `text`, `number`, `date` (`2014-06-12`),
            `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
            of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
            `textarea` (custom activities only) or `hidden` (never shown in the app).
        description (None | str | Unset):
        choices (list[str] | Unset):
        accepts_multiple_values (bool | Unset):
        editable_with_roles (list[str] | Unset):
    """

    name: str | Unset = UNSET
    type_: CustomFieldType | Unset = UNSET
    description: None | str | Unset = UNSET
    choices: list[str] | Unset = UNSET
    accepts_multiple_values: bool | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if choices is not UNSET:
            field_dict["choices"] = choices
        if accepts_multiple_values is not UNSET:
            field_dict["accepts_multiple_values"] = accepts_multiple_values
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CustomFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomFieldType(_type_)

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

        custom_field_update = cls(
            name=name,
            type_=type_,
            description=description,
            choices=choices,
            accepts_multiple_values=accepts_multiple_values,
            editable_with_roles=editable_with_roles,
        )

        custom_field_update.additional_properties = d
        return custom_field_update

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
