from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.custom_activity_type_field import CustomActivityTypeField


T = TypeVar("T", bound="CustomActivityType")


@_attrs_define
class CustomActivityType:
    """A user-defined activity type and its fields.

    Attributes:
        id (str): `actitype_...`
        name (str):
        description (None | str):
        api_create_only (bool): Instances can be created through the API only, not in the app.
        editable_with_roles (list[str]): Role ids allowed to edit instances; empty means everyone.
        fields (list[CustomActivityTypeField]): The fields, in display order.
        organization_id (str):
        created_by (None | str):
        updated_by (None | str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
    """

    id: str
    name: str
    description: None | str
    api_create_only: bool
    editable_with_roles: list[str]
    fields: list[CustomActivityTypeField]
    organization_id: str
    created_by: None | str
    updated_by: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        api_create_only = self.api_create_only

        editable_with_roles = self.editable_with_roles

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        organization_id = self.organization_id

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "api_create_only": api_create_only,
                "editable_with_roles": editable_with_roles,
                "fields": fields,
                "organization_id": organization_id,
                "created_by": created_by,
                "updated_by": updated_by,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_activity_type_field import CustomActivityTypeField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        api_create_only = d.pop("api_create_only")

        editable_with_roles = cast(list[str], d.pop("editable_with_roles"))

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = CustomActivityTypeField.from_dict(fields_item_data)

            fields.append(fields_item)

        organization_id = d.pop("organization_id")

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("created_by"))

        def _parse_updated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        custom_activity_type = cls(
            id=id,
            name=name,
            description=description,
            api_create_only=api_create_only,
            editable_with_roles=editable_with_roles,
            fields=fields,
            organization_id=organization_id,
            created_by=created_by,
            updated_by=updated_by,
            date_created=date_created,
            date_updated=date_updated,
        )

        custom_activity_type.additional_properties = d
        return custom_activity_type

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
