from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CustomObject")


@_attrs_define
class CustomObject:
    """An instance of a Custom Object Type, attached to a lead. Custom field values are kept as
    additional properties `custom.<field id>` (lists for multi-value fields).

        Attributes:
            id (str | Unset): `custobj_...`
            organization_id (str | Unset):
            custom_object_type_id (str | Unset): `cotype_...`
            lead_id (str | Unset):
            name (str | Unset):
            created_by (str | Unset):
            updated_by (str | Unset):
            date_created (datetime.datetime | Unset):
            date_updated (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    custom_object_type_id: str | Unset = UNSET
    lead_id: str | Unset = UNSET
    name: str | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        custom_object_type_id = self.custom_object_type_id

        lead_id = self.lead_id

        name = self.name

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
        if custom_object_type_id is not UNSET:
            field_dict["custom_object_type_id"] = custom_object_type_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if name is not UNSET:
            field_dict["name"] = name
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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        custom_object_type_id = d.pop("custom_object_type_id", UNSET)

        lead_id = d.pop("lead_id", UNSET)

        name = d.pop("name", UNSET)

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
