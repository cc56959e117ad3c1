from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.custom_object_type_field import CustomObjectTypeField


T = TypeVar("T", bound="CustomObjectType")


@_attrs_define
class CustomObjectType:
    """A user-defined object type; instances are attached to leads.

    Attributes:
        id (str): `cotype_...`
        organization_id (str):
        name (str):
        name_plural (str):
        description (str):
        api_create_only (bool): Whether instances can be created by API clients only.
        editable_with_roles (list[str]): Roles allowed to edit instances (e.g. `admin`); empty means anyone.
        fields (list[CustomObjectTypeField]):
        back_reference_fields (list[CustomObjectTypeField]):
        created_by (str):
        updated_by (str):
        date_created (datetime.datetime): Shown without a UTC offset in Close's examples.
        date_updated (datetime.datetime):
    """

    id: str
    organization_id: str
    name: str
    name_plural: str
    description: str
    api_create_only: bool
    editable_with_roles: list[str]
    fields: list[CustomObjectTypeField]
    back_reference_fields: list[CustomObjectTypeField]
    created_by: str
    updated_by: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        name_plural = self.name_plural

        description = self.description

        api_create_only = self.api_create_only

        editable_with_roles = self.editable_with_roles

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        back_reference_fields = []
        for back_reference_fields_item_data in self.back_reference_fields:
            back_reference_fields_item = back_reference_fields_item_data.to_dict()
            back_reference_fields.append(back_reference_fields_item)

        created_by = self.created_by

        updated_by = self.updated_by

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "name": name,
                "name_plural": name_plural,
                "description": description,
                "api_create_only": api_create_only,
                "editable_with_roles": editable_with_roles,
                "fields": fields,
                "back_reference_fields": back_reference_fields,
                "created_by": created_by,
                "updated_by": updated_by,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_object_type_field import CustomObjectTypeField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        name = d.pop("name")

        name_plural = d.pop("name_plural")

        description = d.pop("description")

        api_create_only = d.pop("api_create_only")

        editable_with_roles = cast(list[str], d.pop("editable_with_roles"))

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = CustomObjectTypeField.from_dict(fields_item_data)

            fields.append(fields_item)

        back_reference_fields = []
        _back_reference_fields = d.pop("back_reference_fields")
        for back_reference_fields_item_data in _back_reference_fields:
            back_reference_fields_item = CustomObjectTypeField.from_dict(
                back_reference_fields_item_data
            )

            back_reference_fields.append(back_reference_fields_item)

        created_by = d.pop("created_by")

        updated_by = d.pop("updated_by")

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

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
