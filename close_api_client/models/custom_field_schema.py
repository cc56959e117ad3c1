from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_schema_field import CustomFieldSchemaField


T = TypeVar("T", bound="CustomFieldSchema")


@_attrs_define
class CustomFieldSchema:
    """The custom fields that can be set on one object type, in display order.

    Attributes:
        organization_id (str):
        name (str | Unset): e.g. `Lead`.
        object_type (str | Unset):
        fields (list[CustomFieldSchemaField] | Unset):
    """

    organization_id: str
    name: str | Unset = UNSET
    object_type: str | Unset = UNSET
    fields: list[CustomFieldSchemaField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        name = self.name

        object_type = self.object_type

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_schema_field import CustomFieldSchemaField  # noqa: PLC0415

        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        name = d.pop("name", UNSET)

        object_type = d.pop("object_type", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[CustomFieldSchemaField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = CustomFieldSchemaField.from_dict(fields_item_data)

                fields.append(fields_item)

        custom_field_schema = cls(
            organization_id=organization_id,
            name=name,
            object_type=object_type,
            fields=fields,
        )

        custom_field_schema.additional_properties = d
        return custom_field_schema

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
