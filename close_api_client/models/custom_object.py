from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="CustomObject")


@_attrs_define
class CustomObject:
    """An instance of a Custom Object Type, attached to a lead. Custom field values are kept as
    additional properties `custom.<field id>` (lists for multi-value fields).

        Attributes:
            id (str): `custobj_...`
            organization_id (str):
            custom_object_type_id (str): `cotype_...`
            lead_id (str):
            name (str):
            created_by (str):
            updated_by (str):
            date_created (datetime.datetime):
            date_updated (datetime.datetime):
    """

    id: str
    organization_id: str
    custom_object_type_id: str
    lead_id: str
    name: str
    created_by: str
    updated_by: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        custom_object_type_id = self.custom_object_type_id

        lead_id = self.lead_id

        name = self.name

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
                "custom_object_type_id": custom_object_type_id,
                "lead_id": lead_id,
                "name": name,
                "created_by": created_by,
                "updated_by": updated_by,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        custom_object_type_id = d.pop("custom_object_type_id")

        lead_id = d.pop("lead_id")

        name = d.pop("name")

        created_by = d.pop("created_by")

        updated_by = d.pop("updated_by")

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        custom_object = cls(
            id=id,
            organization_id=organization_id,
            custom_object_type_id=custom_object_type_id,
            lead_id=lead_id,
            name=name,
            created_by=created_by,
            updated_by=updated_by,
            date_created=date_created,
            date_updated=date_updated,
        )

        custom_object.additional_properties = d
        return custom_object

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
