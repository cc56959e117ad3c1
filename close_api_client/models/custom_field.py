from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CustomField")


@_attrs_define
class CustomField:
    """A custom field on leads, contacts or opportunities. Its values appear on those objects
    as `custom.<field id>` keys.

        Attributes:
            id (str):
            name (str):
            description (None | str): Shown to users for context; at most 280 characters.
            type_ (CustomFieldType): The type of a custom field's values: `text`, `number`, `date` (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            accepts_multiple_values (bool): Whether an object can hold several values (user, choices, contact and
                custom_object fields).
            organization_id (str):
            created_by (None | str):
            updated_by (None | str):
            date_created (datetime.datetime):
            date_updated (datetime.datetime):
            choices (list[str] | None | Unset): The allowed values of a `choices` field.
            editable_with_roles (list[str] | Unset): Role ids (or `admin`) allowed to edit values; empty for everyone.
            converting_to_type (CustomFieldType | Unset): The type of a custom field's values: `text`, `number`, `date`
                (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            is_shared (bool | Unset): Whether this is a shared custom field.
            referenced_custom_type_id (None | str | Unset): For a `custom_object` field, the custom object type it refers
                to.
    """

    id: str
    name: str
    description: None | str
    type_: CustomFieldType
    accepts_multiple_values: bool
    organization_id: str
    created_by: None | str
    updated_by: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    choices: list[str] | None | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    converting_to_type: CustomFieldType | Unset = UNSET
    is_shared: bool | Unset = UNSET
    referenced_custom_type_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        type_ = self.type_.value

        accepts_multiple_values = self.accepts_multiple_values

        organization_id = self.organization_id

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        choices: list[str] | None | Unset
        if isinstance(self.choices, Unset):
            choices = UNSET
        elif isinstance(self.choices, list):
            choices = self.choices

        else:
            choices = self.choices

        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        converting_to_type: str | Unset = UNSET
        if not isinstance(self.converting_to_type, Unset):
            converting_to_type = self.converting_to_type.value

        is_shared = self.is_shared

        referenced_custom_type_id: None | str | Unset
        if isinstance(self.referenced_custom_type_id, Unset):
            referenced_custom_type_id = UNSET
        else:
            referenced_custom_type_id = self.referenced_custom_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "type": type_,
                "accepts_multiple_values": accepts_multiple_values,
                "organization_id": organization_id,
                "created_by": created_by,
                "updated_by": updated_by,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )
        if choices is not UNSET:
            field_dict["choices"] = choices
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles
        if converting_to_type is not UNSET:
            field_dict["converting_to_type"] = converting_to_type
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if referenced_custom_type_id is not UNSET:
            field_dict["referenced_custom_type_id"] = referenced_custom_type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        type_ = CustomFieldType(d.pop("type"))

        accepts_multiple_values = d.pop("accepts_multiple_values")

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

        def _parse_choices(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                choices_type_0 = cast(list[str], data)

                return choices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        choices = _parse_choices(d.pop("choices", UNSET))

        editable_with_roles = cast(list[str], d.pop("editable_with_roles", UNSET))

        _converting_to_type = d.pop("converting_to_type", UNSET)
        converting_to_type: CustomFieldType | Unset
        if isinstance(_converting_to_type, Unset):
            converting_to_type = UNSET
        else:
            converting_to_type = CustomFieldType(_converting_to_type)

        is_shared = d.pop("is_shared", UNSET)

        def _parse_referenced_custom_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referenced_custom_type_id = _parse_referenced_custom_type_id(
            d.pop("referenced_custom_type_id", UNSET)
        )

        custom_field = cls(
            id=id,
            name=name,
            description=description,
            type_=type_,
            accepts_multiple_values=accepts_multiple_values,
            organization_id=organization_id,
            created_by=created_by,
            updated_by=updated_by,
            date_created=date_created,
            date_updated=date_updated,
            choices=choices,
            editable_with_roles=editable_with_roles,
            converting_to_type=converting_to_type,
            is_shared=is_shared,
            referenced_custom_type_id=referenced_custom_type_id,
        )

        custom_field.additional_properties = d
        return custom_field

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
