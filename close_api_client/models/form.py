from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        is_archived = self.is_archived
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived

        field_definitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_definitions, Unset):
            field_definitions = []
            for field_definitions_item_data in self.field_definitions:
                field_definitions_item = field_definitions_item_data.to_dict()
                field_definitions.append(field_definitions_item)

        if field_definitions is not UNSET:
            field_dict["field_definitions"] = field_definitions

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart. A ``src_dict`` that is not a JSON object raises ``TypeError``.
        """
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict: fast
            raise not_an_object("Form", src_dict)
        from ..models.form_field_definition import FormFieldDefinition  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = MISSING
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _fits = _raw_date_created is not UNSET
            if not _fits:
                raise TypeError()
            date_created = parse_datetime(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = MISSING
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _fits = _raw_date_updated is not UNSET
            if not _fits:
                raise TypeError()
            date_updated = parse_datetime(_raw_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = MISSING
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

        _raw_name = d.pop("name", UNSET)
        name: str | Unset
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = UNSET
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_is_archived = d.pop("is_archived", UNSET)
        is_archived: bool | Unset
        if isinstance(_raw_is_archived, bool):
            is_archived = _raw_is_archived
        else:
            is_archived = UNSET
            if _raw_is_archived is not UNSET:
                d["is_archived"] = _raw_is_archived

        _raw_field_definitions = d.pop("field_definitions", UNSET)
        try:
            _fits = _raw_field_definitions is UNSET or isinstance(_raw_field_definitions, list)
            if not _fits:
                raise TypeError()
            _field_definitions = _raw_field_definitions
            field_definitions: list[FormFieldDefinition] | Unset = UNSET
            if _field_definitions is not UNSET:
                field_definitions = []
                for field_definitions_item_data in _field_definitions:
                    field_definitions_item = FormFieldDefinition.from_dict(
                        field_definitions_item_data
                    )

                    field_definitions.append(field_definitions_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            field_definitions = UNSET
            if _raw_field_definitions is not UNSET:
                d["field_definitions"] = _raw_field_definitions

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            date_created=date_created,
            date_updated=date_updated,
            name=name,
            is_archived=is_archived,
            field_definitions=field_definitions,
        )

        parsed_obj.additional_properties = d
        return parsed_obj

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
