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
        object_type (SharedCustomFieldObjectType): An object type a shared custom field can be associated with.
        editable_with_roles (list[str]): Role ids (or `admin`) allowed to edit values on this object type; empty for
            everyone.
        required (bool): Whether a value is mandatory (custom activity and custom object types only).
        custom_activity_type_id (str | Unset): For `custom_activity_type` associations.
        custom_object_type_id (str | Unset): For `custom_object_type` associations.
    """

    object_type: SharedCustomFieldObjectType
    editable_with_roles: list[str]
    required: bool
    custom_activity_type_id: str | Unset = UNSET
    custom_object_type_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type = self.object_type.value

        editable_with_roles = self.editable_with_roles

        required = self.required

        custom_activity_type_id = self.custom_activity_type_id

        custom_object_type_id = self.custom_object_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object_type": object_type,
                "editable_with_roles": editable_with_roles,
                "required": required,
            }
        )
        if custom_activity_type_id is not UNSET:
            field_dict["custom_activity_type_id"] = custom_activity_type_id
        if custom_object_type_id is not UNSET:
            field_dict["custom_object_type_id"] = custom_object_type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_type = SharedCustomFieldObjectType(d.pop("object_type"))

        editable_with_roles = cast(list[str], d.pop("editable_with_roles"))

        required = d.pop("required")

        custom_activity_type_id = d.pop("custom_activity_type_id", UNSET)

        custom_object_type_id = d.pop("custom_object_type_id", UNSET)

        shared_custom_field_association = cls(
            object_type=object_type,
            editable_with_roles=editable_with_roles,
            required=required,
            custom_activity_type_id=custom_activity_type_id,
            custom_object_type_id=custom_object_type_id,
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
