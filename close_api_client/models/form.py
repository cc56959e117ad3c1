from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.form_field_definition import FormFieldDefinition


T = TypeVar("T", bound="Form")


@_attrs_define
class Form:
    """A form built in Close, with its published field definitions.

    Attributes:
        id (str): `form_...`
        organization_id (str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        name (str | Unset):
        is_archived (bool | Unset):
        field_definitions (list[FormFieldDefinition] | Unset):
    """

    id: str
    organization_id: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    name: str | Unset = UNSET
    is_archived: bool | Unset = UNSET
    field_definitions: list[FormFieldDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        name = self.name

        is_archived = self.is_archived

        field_definitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_definitions, Unset):
            field_definitions = []
            for field_definitions_item_data in self.field_definitions:
                field_definitions_item = field_definitions_item_data.to_dict()
                field_definitions.append(field_definitions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if field_definitions is not UNSET:
            field_dict["field_definitions"] = field_definitions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_field_definition import FormFieldDefinition  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        name = d.pop("name", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        _field_definitions = d.pop("field_definitions", UNSET)
        field_definitions: list[FormFieldDefinition] | Unset = UNSET
        if _field_definitions is not UNSET:
            field_definitions = []
            for field_definitions_item_data in _field_definitions:
                field_definitions_item = FormFieldDefinition.from_dict(field_definitions_item_data)

                field_definitions.append(field_definitions_item)

        form = cls(
            id=id,
            organization_id=organization_id,
            date_created=date_created,
            date_updated=date_updated,
            name=name,
            is_archived=is_archived,
            field_definitions=field_definitions,
        )

        form.additional_properties = d
        return form

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
