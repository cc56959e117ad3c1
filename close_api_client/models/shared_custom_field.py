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


T = TypeVar("T", bound="SharedCustomField")


@_attrs_define
class SharedCustomField:
    """A custom field that can be associated with several object types; its values appear on
    objects of those types as `custom.<field id>` keys.

        Attributes:
            id (str):
            name (str):
            description (None | str):
            type_ (CustomFieldType): The type of a custom field's values: `text`, `number`, `date` (`2014-06-12`),
                `datetime`, `choices` (one of `choices`), `user` (user ids), `contact` (contact ids
                of the same lead), `custom_object` (custom object ids of `referenced_custom_type_id`),
                `textarea` (custom activities only) or `hidden` (never shown in the app).
            accepts_multiple_values (bool):
            associations (list[SharedCustomFieldAssociation]):
            organization_id (str):
            created_by (None | str):
            updated_by (None | str):
            date_created (datetime.datetime):
            date_updated (datetime.datetime):
            choices (list[str] | None | Unset):
            is_shared (bool | Unset): Whether this is a shared custom field.
            referenced_custom_type_id (None | str | Unset): For a `custom_object` field, the custom object type it refers
                to.
    """

    id: str
    name: str
    description: None | str
    type_: CustomFieldType
    accepts_multiple_values: bool
    associations: list[SharedCustomFieldAssociation]
    organization_id: str
    created_by: None | str
    updated_by: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    choices: list[str] | None | Unset = UNSET
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

        associations = []
        for associations_item_data in self.associations:
            associations_item = associations_item_data.to_dict()
            associations.append(associations_item)

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
                "associations": associations,
                "organization_id": organization_id,
                "created_by": created_by,
                "updated_by": updated_by,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )
        if choices is not UNSET:
            field_dict["choices"] = choices
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if referenced_custom_type_id is not UNSET:
            field_dict["referenced_custom_type_id"] = referenced_custom_type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shared_custom_field_association import SharedCustomFieldAssociation  # noqa: PLC0415

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

        associations = []
        _associations = d.pop("associations")
        for associations_item_data in _associations:
            associations_item = SharedCustomFieldAssociation.from_dict(associations_item_data)

            associations.append(associations_item)

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

        shared_custom_field = cls(
            id=id,
            name=name,
            description=description,
            type_=type_,
            accepts_multiple_values=accepts_multiple_values,
            associations=associations,
            organization_id=organization_id,
            created_by=created_by,
            updated_by=updated_by,
            date_created=date_created,
            date_updated=date_updated,
            choices=choices,
            is_shared=is_shared,
            referenced_custom_type_id=referenced_custom_type_id,
        )

        shared_custom_field.additional_properties = d
        return shared_custom_field

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
