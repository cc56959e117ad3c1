from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_applies_to import OutcomeAppliesTo
from ..models.outcome_type import OutcomeType
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

T = TypeVar("T", bound="Outcome")


@_attrs_define
class Outcome:
    """A standardized result for calls and meetings.

    Attributes:
        id (str): `outcome_...`
        organization_id (str):
        name (str): Shown to users wherever outcomes can be picked.
        description (None | str):
        type_ (OutcomeType): `custom` (default) or `vm-dropped` (set automatically on calls after a voicemail drop).
        applies_to (list[OutcomeAppliesTo]): Derived from `type`; `custom` applies to calls and meetings, `vm-dropped`
            to calls.
        created_by (None | str):
        updated_by (None | str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
    """

    id: str
    organization_id: str
    name: str
    description: None | str
    type_: OutcomeType
    applies_to: list[OutcomeAppliesTo]
    created_by: None | str
    updated_by: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
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

        if not isinstance(self.name, Unset):  # absent only if trimmed by _fields
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.description, Unset):  # absent only if trimmed by _fields
            description: None | str
            description = self.description
            field_dict["description"] = description

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.applies_to, Unset):  # absent only if trimmed by _fields
            applies_to = []
            for applies_to_item_data in self.applies_to:
                applies_to_item = applies_to_item_data.value
                applies_to.append(applies_to_item)

            field_dict["applies_to"] = applies_to

        if not isinstance(self.created_by, Unset):  # absent only if trimmed by _fields
            created_by: None | str
            created_by = self.created_by
            field_dict["created_by"] = created_by

        if not isinstance(self.updated_by, Unset):  # absent only if trimmed by _fields
            updated_by: None | str
            updated_by = self.updated_by
            field_dict["updated_by"] = updated_by

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

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
            raise not_an_object("Outcome", src_dict)
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

        _raw_name = d.pop("name", UNSET)
        name: str
        if isinstance(_raw_name, str):
            name = _raw_name
        else:
            name = MISSING
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_description = d.pop("description", UNSET)
        description: None | str
        if isinstance(_raw_description, str) or _raw_description is None:
            description = _raw_description
        else:
            description = MISSING
            if _raw_description is not UNSET:
                d["description"] = _raw_description

        _raw_type_ = d.pop("type", UNSET)
        try:
            _fits = _raw_type_ is not UNSET
            if not _fits:
                raise TypeError()
            type_ = OutcomeType(_raw_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_applies_to = d.pop("applies_to", UNSET)
        try:
            _fits = _raw_applies_to is not UNSET and isinstance(_raw_applies_to, list)
            if not _fits:
                raise TypeError()
            applies_to = []
            _applies_to = _raw_applies_to
            for applies_to_item_data in _applies_to:
                applies_to_item = OutcomeAppliesTo(applies_to_item_data)

                applies_to.append(applies_to_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            applies_to = MISSING
            if _raw_applies_to is not UNSET:
                d["applies_to"] = _raw_applies_to

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: None | str
        if isinstance(_raw_created_by, str) or _raw_created_by is None:
            created_by = _raw_created_by
        else:
            created_by = MISSING
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_updated_by = d.pop("updated_by", UNSET)
        updated_by: None | str
        if isinstance(_raw_updated_by, str) or _raw_updated_by is None:
            updated_by = _raw_updated_by
        else:
            updated_by = MISSING
            if _raw_updated_by is not UNSET:
                d["updated_by"] = _raw_updated_by

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

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            description=description,
            type_=type_,
            applies_to=applies_to,
            created_by=created_by,
            updated_by=updated_by,
            date_created=date_created,
            date_updated=date_updated,
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
