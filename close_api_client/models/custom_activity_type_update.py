from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_activity_type_field_ref import CustomActivityTypeFieldRef


T = TypeVar("T", bound="CustomActivityTypeUpdate")


@_attrs_define
class CustomActivityTypeUpdate:
    """Fields to change on a Custom Activity Type.

    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        api_create_only (bool | Unset):
        editable_with_roles (list[str] | Unset):
        fields (list[CustomActivityTypeFieldRef] | Unset): All fields of the type in the new display order.
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    api_create_only: bool | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    fields: list[CustomActivityTypeFieldRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        api_create_only = self.api_create_only

        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if api_create_only is not UNSET:
            field_dict["api_create_only"] = api_create_only
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_activity_type_field_ref import CustomActivityTypeFieldRef  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        api_create_only = d.pop("api_create_only", UNSET)

        editable_with_roles = cast(list[str], d.pop("editable_with_roles", UNSET))

        _fields = d.pop("fields", UNSET)
        fields: list[CustomActivityTypeFieldRef] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = CustomActivityTypeFieldRef.from_dict(fields_item_data)

                fields.append(fields_item)

        custom_activity_type_update = cls(
            name=name,
            description=description,
            api_create_only=api_create_only,
            editable_with_roles=editable_with_roles,
            fields=fields,
        )

        custom_activity_type_update.additional_properties = d
        return custom_activity_type_update

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
