from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shared_custom_field_object_type import SharedCustomFieldObjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedCustomFieldAssociation")


@_attrs_define
class SharedCustomFieldAssociation:
    """The use of a shared custom field on one object type, with its per-type settings.

    Attributes:
        object_type (SharedCustomFieldObjectType | Unset): An object type a shared custom field can be associated with.
        custom_activity_type_id (str | Unset): For `custom_activity_type` associations.
        custom_object_type_id (str | Unset): For `custom_object_type` associations.
        editable_with_roles (list[str] | Unset): Role ids (or `admin`) allowed to edit values on this object type; empty
            for everyone.
        required (bool | Unset): Whether a value is mandatory (custom activity and custom object types only).
    """

    object_type: SharedCustomFieldObjectType | Unset = UNSET
    custom_activity_type_id: str | Unset = UNSET
    custom_object_type_id: str | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type: str | Unset = UNSET
        if not isinstance(self.object_type, Unset):
            object_type = self.object_type.value

        custom_activity_type_id = self.custom_activity_type_id

        custom_object_type_id = self.custom_object_type_id

        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if custom_activity_type_id is not UNSET:
            field_dict["custom_activity_type_id"] = custom_activity_type_id
        if custom_object_type_id is not UNSET:
            field_dict["custom_object_type_id"] = custom_object_type_id
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _object_type = d.pop("object_type", UNSET)
        object_type: SharedCustomFieldObjectType | Unset
        if isinstance(_object_type, Unset):
            object_type = UNSET
        else:
            object_type = SharedCustomFieldObjectType(_object_type)

        custom_activity_type_id = d.pop("custom_activity_type_id", UNSET)

        custom_object_type_id = d.pop("custom_object_type_id", UNSET)

        editable_with_roles = cast(list[str], d.pop("editable_with_roles", UNSET))

        required = d.pop("required", UNSET)

        shared_custom_field_association = cls(
            object_type=object_type,
            custom_activity_type_id=custom_activity_type_id,
            custom_object_type_id=custom_object_type_id,
            editable_with_roles=editable_with_roles,
            required=required,
        )

        shared_custom_field_association.additional_properties = d
        return shared_custom_field_association

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
