from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrich_field_object_type import EnrichFieldObjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnrichFieldRequest")


@_attrs_define
class EnrichFieldRequest:
    """The field to enrich on one lead or contact.

    Attributes:
        organization_id (str):
        object_type (EnrichFieldObjectType): The kind of object to enrich.
        object_id (str): The lead or contact id.
        field_id (str): The custom field id.
        set_new_value (bool | Unset): Save the value found (default true).
        overwrite_existing_value (bool | Unset): Replace a value the field already has (default false).
    """

    organization_id: str
    object_type: EnrichFieldObjectType
    object_id: str
    field_id: str
    set_new_value: bool | Unset = UNSET
    overwrite_existing_value: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        object_type = self.object_type.value

        object_id = self.object_id

        field_id = self.field_id

        set_new_value = self.set_new_value

        overwrite_existing_value = self.overwrite_existing_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
                "object_type": object_type,
                "object_id": object_id,
                "field_id": field_id,
            }
        )
        if set_new_value is not UNSET:
            field_dict["set_new_value"] = set_new_value
        if overwrite_existing_value is not UNSET:
            field_dict["overwrite_existing_value"] = overwrite_existing_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        object_type = EnrichFieldObjectType(d.pop("object_type"))

        object_id = d.pop("object_id")

        field_id = d.pop("field_id")

        set_new_value = d.pop("set_new_value", UNSET)

        overwrite_existing_value = d.pop("overwrite_existing_value", UNSET)

        enrich_field_request = cls(
            organization_id=organization_id,
            object_type=object_type,
            object_id=object_id,
            field_id=field_id,
            set_new_value=set_new_value,
            overwrite_existing_value=overwrite_existing_value,
        )

        enrich_field_request.additional_properties = d
        return enrich_field_request

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
