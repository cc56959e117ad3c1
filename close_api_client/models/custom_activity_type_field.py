from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomActivityTypeField")


@_attrs_define
class CustomActivityTypeField:
    """Metadata of an activity custom field in a Custom Activity Type.

    Attributes:
        id (str): `acf_...`; values appear as `custom.<id>` on instances.
        name (str):
        description (None | str):
        type_ (str): The custom field type, e.g. `text`, `choices`.
        required (bool): Whether publishing an instance needs a value.
        accepts_multiple_values (bool):
        converting_to_type (None | str):
        editable_with_roles (list[str]):
    """

    id: str
    name: str
    description: None | str
    type_: str
    required: bool
    accepts_multiple_values: bool
    converting_to_type: None | str
    editable_with_roles: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        type_ = self.type_

        required = self.required

        accepts_multiple_values = self.accepts_multiple_values

        converting_to_type: None | str
        converting_to_type = self.converting_to_type

        editable_with_roles = self.editable_with_roles

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
                "converting_to_type": converting_to_type,
                "editable_with_roles": editable_with_roles,
            }
        )

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

        type_ = d.pop("type")

        required = d.pop("required")

        accepts_multiple_values = d.pop("accepts_multiple_values")

        def _parse_converting_to_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        converting_to_type = _parse_converting_to_type(d.pop("converting_to_type"))

        editable_with_roles = cast(list[str], d.pop("editable_with_roles"))

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
