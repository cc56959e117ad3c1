from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityCustomFieldUpdate")


@_attrs_define
class ActivityCustomFieldUpdate:
    """Changes to an activity custom field (a patch); `custom_activity_type_id` cannot change.

    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        required (bool | Unset):
        choices (list[str] | Unset):
        accepts_multiple_values (bool | Unset):
        editable_with_roles (list[str] | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    required: bool | Unset = UNSET
    choices: list[str] | Unset = UNSET
    accepts_multiple_values: bool | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        required = self.required

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
        if description is not UNSET:
            field_dict["description"] = description
        if required is not UNSET:
            field_dict["required"] = required
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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        required = d.pop("required", UNSET)

        choices = cast(list[str], d.pop("choices", UNSET))

        accepts_multiple_values = d.pop("accepts_multiple_values", UNSET)

        editable_with_roles = cast(list[str], d.pop("editable_with_roles", UNSET))

        activity_custom_field_update = cls(
            name=name,
            description=description,
            required=required,
            choices=choices,
            accepts_multiple_values=accepts_multiple_values,
            editable_with_roles=editable_with_roles,
        )

        activity_custom_field_update.additional_properties = d
        return activity_custom_field_update

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
