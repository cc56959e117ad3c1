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
            id (str | Unset):
            name (str | Unset):
            description (None | str | Unset): Shown to users for context; at most 280 characters.
            type_ (CustomFieldType | Unset): The type of a custom field's values: `text`, `number`, `date` (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            choices (list[str] | None | Unset): The allowed values of a `choices` field.
            accepts_multiple_values (bool | Unset): Whether an object can hold several values (user, choices, contact and
                custom_object fields).
            editable_with_roles (list[str] | Unset): Role ids (or `admin`) allowed to edit values; empty for everyone.
            converting_to_type (CustomFieldType | Unset): The type of a custom field's values: `text`, `number`, `date`
                (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            organization_id (str | Unset):
            created_by (None | str | Unset):
            updated_by (None | str | Unset):
            date_created (datetime.datetime | Unset):
            date_updated (datetime.datetime | Unset):
            is_shared (bool | Unset): Whether this is a shared custom field.
            referenced_custom_type_id (None | str | Unset): For a `custom_object` field, the custom object type it refers
                to.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: CustomFieldType | Unset = UNSET
    choices: list[str] | None | Unset = UNSET
    accepts_multiple_values: bool | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    converting_to_type: CustomFieldType | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    is_shared: bool | Unset = UNSET
    referenced_custom_type_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        choices: list[str] | None | Unset
        if isinstance(self.choices, Unset):
            choices = UNSET
        elif isinstance(self.choices, list):
            choices = self.choices

        else:
            choices = self.choices

        accepts_multiple_values = self.accepts_multiple_values

        editable_with_roles: list[str] | Unset = UNSET
        if not isinstance(self.editable_with_roles, Unset):
            editable_with_roles = self.editable_with_roles

        converting_to_type: str | Unset = UNSET
        if not isinstance(self.converting_to_type, Unset):
            converting_to_type = self.converting_to_type.value

        organization_id = self.organization_id

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        is_shared = self.is_shared

        referenced_custom_type_id: None | str | Unset
        if isinstance(self.referenced_custom_type_id, Unset):
            referenced_custom_type_id = UNSET
        else:
            referenced_custom_type_id = self.referenced_custom_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if choices is not UNSET:
            field_dict["choices"] = choices
        if accepts_multiple_values is not UNSET:
            field_dict["accepts_multiple_values"] = accepts_multiple_values
        if editable_with_roles is not UNSET:
            field_dict["editable_with_roles"] = editable_with_roles
        if converting_to_type is not UNSET:
            field_dict["converting_to_type"] = converting_to_type
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if referenced_custom_type_id is not UNSET:
            field_dict["referenced_custom_type_id"] = referenced_custom_type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: CustomFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomFieldType(_type_)

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

        accepts_multiple_values = d.pop("accepts_multiple_values", UNSET)

        editable_with_roles = cast(list[str], d.pop("editable_with_roles", UNSET))

        _converting_to_type = d.pop("converting_to_type", UNSET)
        converting_to_type: CustomFieldType | Unset
        if isinstance(_converting_to_type, Unset):
            converting_to_type = UNSET
        else:
            converting_to_type = CustomFieldType(_converting_to_type)

        organization_id = d.pop("organization_id", UNSET)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

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
            choices=choices,
            accepts_multiple_values=accepts_multiple_values,
            editable_with_roles=editable_with_roles,
            converting_to_type=converting_to_type,
            organization_id=organization_id,
            created_by=created_by,
            updated_by=updated_by,
            date_created=date_created,
            date_updated=date_updated,
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
