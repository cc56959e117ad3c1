from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomActivityTypeField")


@_attrs_define
class CustomActivityTypeField:
    """Metadata of an activity custom field in a Custom Activity Type.

    Attributes:
        id (str | Unset): `acf_...`; values appear as `custom.<id>` on instances.
        name (str | Unset):
        description (None | str | Unset):
        type_ (str | Unset): The custom field type, e.g. `text`, `choices`.
        required (bool | Unset): Whether publishing an instance needs a value.
        accepts_multiple_values (bool | Unset):
        converting_to_type (None | str | Unset):
        editable_with_roles (list[str] | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    required: bool | Unset = UNSET
    accepts_multiple_values: bool | Unset = UNSET
    converting_to_type: None | str | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_ = self.type_

        required = self.required

        accepts_multiple_values = self.accepts_multiple_values

        converting_to_type: None | str | Unset
        if isinstance(self.converting_to_type, Unset):
            converting_to_type = UNSET
        else:
            converting_to_type = self.converting_to_type

        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if accepts_multiple_values is not UNSET:
            field_dict["accepts_multiple_values"] = accepts_multiple_values
        if converting_to_type is not UNSET:
            field_dict["converting_to_type"] = converting_to_type
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        type_ = d.pop("type", UNSET)

        required = d.pop("required", UNSET)

        accepts_multiple_values = d.pop("accepts_multiple_values", UNSET)

        def _parse_converting_to_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        converting_to_type = _parse_converting_to_type(d.pop("converting_to_type", UNSET))

        editable_with_roles = cast(list[str], d.pop("editable_with_roles", UNSET))

        custom_activity_type_field = cls(
            id=id,
            name=name,
            description=description,
            type_=type_,
            required=required,
            accepts_multiple_values=accepts_multiple_values,
            converting_to_type=converting_to_type,
            editable_with_roles=editable_with_roles,
        )

        custom_activity_type_field.additional_properties = d
        return custom_activity_type_field

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
