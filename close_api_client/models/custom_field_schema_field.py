from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.shared_custom_field_association import SharedCustomFieldAssociation


T = TypeVar("T", bound="CustomFieldSchemaField")


@_attrs_define
class CustomFieldSchemaField:
    """A custom field in a schema: a regular field of the object type or a shared field
    (with `associations`).

        Attributes:
            id (str):
            organization_id (str):
            date_created (datetime.datetime):
            date_updated (datetime.datetime):
            name (str | Unset):
            description (None | str | Unset):
            type_ (CustomFieldType | Unset): The type of a custom field's values: `text`, `number`, `date` (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            choices (list[str] | None | Unset):
            accepts_multiple_values (bool | Unset):
            editable_with_roles (list[str] | Unset):
            associations (list[SharedCustomFieldAssociation] | Unset):
            custom_activity_type_id (str | Unset):
            custom_object_type_id (str | Unset):
            required (bool | Unset):
            referenced_custom_type_id (None | str | Unset):
            back_reference_is_visible (bool | None | Unset):
            created_by (None | str | Unset):
            updated_by (None | str | Unset):
            is_shared (bool | Unset): Whether this is a shared custom field.
    """

    id: str
    organization_id: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: CustomFieldType | Unset = UNSET
    choices: list[str] | None | Unset = UNSET
    accepts_multiple_values: bool | Unset = UNSET
    editable_with_roles: list[str] | Unset = UNSET
    associations: list[SharedCustomFieldAssociation] | Unset = UNSET
    custom_activity_type_id: str | Unset = UNSET
    custom_object_type_id: str | Unset = UNSET
    required: bool | Unset = UNSET
    referenced_custom_type_id: None | str | Unset = UNSET
    back_reference_is_visible: bool | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    is_shared: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

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

        associations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associations, Unset):
            associations = []
            for associations_item_data in self.associations:
                associations_item = associations_item_data.to_dict()
                associations.append(associations_item)

        custom_activity_type_id = self.custom_activity_type_id

        custom_object_type_id = self.custom_object_type_id

        required = self.required

        referenced_custom_type_id: None | str | Unset
        if isinstance(self.referenced_custom_type_id, Unset):
            referenced_custom_type_id = UNSET
        else:
            referenced_custom_type_id = self.referenced_custom_type_id

        back_reference_is_visible: bool | None | Unset
        if isinstance(self.back_reference_is_visible, Unset):
            back_reference_is_visible = UNSET
        else:
            back_reference_is_visible = self.back_reference_is_visible

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

        is_shared = self.is_shared

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
        if associations is not UNSET:
            field_dict["associations"] = associations
        if custom_activity_type_id is not UNSET:
            field_dict["custom_activity_type_id"] = custom_activity_type_id
        if custom_object_type_id is not UNSET:
            field_dict["custom_object_type_id"] = custom_object_type_id
        if required is not UNSET:
            field_dict["required"] = required
        if referenced_custom_type_id is not UNSET:
            field_dict["referenced_custom_type_id"] = referenced_custom_type_id
        if back_reference_is_visible is not UNSET:
            field_dict["back_reference_is_visible"] = back_reference_is_visible
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shared_custom_field_association import SharedCustomFieldAssociation  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

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

        _associations = d.pop("associations", UNSET)
        associations: list[SharedCustomFieldAssociation] | Unset = UNSET
        if _associations is not UNSET:
            associations = []
            for associations_item_data in _associations:
                associations_item = SharedCustomFieldAssociation.from_dict(associations_item_data)

                associations.append(associations_item)

        custom_activity_type_id = d.pop("custom_activity_type_id", UNSET)

        custom_object_type_id = d.pop("custom_object_type_id", UNSET)

        required = d.pop("required", UNSET)

        def _parse_referenced_custom_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referenced_custom_type_id = _parse_referenced_custom_type_id(
            d.pop("referenced_custom_type_id", UNSET)
        )

        def _parse_back_reference_is_visible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        back_reference_is_visible = _parse_back_reference_is_visible(
            d.pop("back_reference_is_visible", UNSET)
        )

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

        is_shared = d.pop("is_shared", UNSET)

        custom_field_schema_field = cls(
            id=id,
            organization_id=organization_id,
            date_created=date_created,
            date_updated=date_updated,
            name=name,
            description=description,
            type_=type_,
            choices=choices,
            accepts_multiple_values=accepts_multiple_values,
            editable_with_roles=editable_with_roles,
            associations=associations,
            custom_activity_type_id=custom_activity_type_id,
            custom_object_type_id=custom_object_type_id,
            required=required,
            referenced_custom_type_id=referenced_custom_type_id,
            back_reference_is_visible=back_reference_is_visible,
            created_by=created_by,
            updated_by=updated_by,
            is_shared=is_shared,
        )

        custom_field_schema_field.additional_properties = d
        return custom_field_schema_field

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
