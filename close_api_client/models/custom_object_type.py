from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.custom_object_type_field import CustomObjectTypeField


T = TypeVar("T", bound="CustomObjectType")


@_attrs_define
class CustomObjectType:
    """A user-defined object type; instances are attached to leads.

    Attributes:
        id (str | Unset): `cotype_...`
        organization_id (str | Unset):
        name (str | Unset):
        name_plural (str | Unset):
        description (str | Unset):
        api_create_only (bool | Unset): Whether instances can be created by API clients only.
        editable_with_roles (list[str] | Unset): Roles allowed to edit instances (e.g. `admin`); empty means anyone.
        fields (list[CustomObjectTypeField] | Unset):
        back_reference_fields (list[CustomObjectTypeField] | Unset):
        created_by (str | Unset):
        updated_by (str | Unset):
        date_created (datetime.datetime | Unset): Shown without a UTC offset in Close's examples.
        date_updated (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    name: str | Unset = UNSET
    name_plural: str | Unset = UNSET
    description: str | Unset = UNSET
    api_create_only: bool | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    fields: list[CustomObjectTypeField] | Unset = UNSET
    back_reference_fields: list[CustomObjectTypeField] | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        name_plural = self.name_plural

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

        back_reference_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.back_reference_fields, Unset):
            back_reference_fields = []
            for back_reference_fields_item_data in self.back_reference_fields:
                back_reference_fields_item = back_reference_fields_item_data.to_dict()
                back_reference_fields.append(back_reference_fields_item)

        created_by = self.created_by

        updated_by = self.updated_by

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if name is not UNSET:
            field_dict["name"] = name
        if name_plural is not UNSET:
            field_dict["name_plural"] = name_plural
        if description is not UNSET:
            field_dict["description"] = description
        if api_create_only is not UNSET:
            field_dict["api_create_only"] = api_create_only
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles
        if fields is not UNSET:
            field_dict["fields"] = fields
        if back_reference_fields is not UNSET:
            field_dict["back_reference_fields"] = back_reference_fields
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_object_type_field import CustomObjectTypeField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        name = d.pop("name", UNSET)

        name_plural = d.pop("name_plural", UNSET)

        description = d.pop("description", UNSET)

        api_create_only = d.pop("api_create_only", UNSET)

        editable_with_roles = cast(list[str], d.pop("editable_with_roles", UNSET))

        _fields = d.pop("fields", UNSET)
        fields: list[CustomObjectTypeField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = CustomObjectTypeField.from_dict(fields_item_data)

                fields.append(fields_item)

        _back_reference_fields = d.pop("back_reference_fields", UNSET)
        back_reference_fields: list[CustomObjectTypeField] | Unset = UNSET
        if _back_reference_fields is not UNSET:
            back_reference_fields = []
            for back_reference_fields_item_data in _back_reference_fields:
                back_reference_fields_item = CustomObjectTypeField.from_dict(
                    back_reference_fields_item_data
                )

                back_reference_fields.append(back_reference_fields_item)

        created_by = d.pop("created_by", UNSET)

        updated_by = d.pop("updated_by", UNSET)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        _date_updated = d.pop("date_updated", UNSET)
        date_updated: datetime.datetime | Unset
        if isinstance(_date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = parse_datetime(_date_updated)

        custom_object_type = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            name_plural=name_plural,
            description=description,
            api_create_only=api_create_only,
            editable_with_roles=editable_with_roles,
            fields=fields,
            back_reference_fields=back_reference_fields,
            created_by=created_by,
            updated_by=updated_by,
            date_created=date_created,
            date_updated=date_updated,
        )

        custom_object_type.additional_properties = d
        return custom_object_type

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
