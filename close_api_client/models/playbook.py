from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

T = TypeVar("T", bound="Playbook")


@_attrs_define
class Playbook:
    """A playbook for calls and meetings. Note the field naming, unlike most resources:
    `created_at`/`updated_at`, `created_by_id`/`updated_by_id`.

        Attributes:
            id (str): `convtyp_...`
            organization_id (str):
            name (str):
            description (None | str):
            outcome_ids (list[str]):
            custom_field_ids (list[str]): Shared custom fields associated with the playbook.
            summary_guidance (None | str): Guidance for AI summaries of the playbook's calls and meetings.
            position (int | None): Order in the list; null while archived.
            archived_at (datetime.datetime | None):
            archived_by_id (None | str):
            created_at (datetime.datetime):
            created_by_id (str):
            updated_at (datetime.datetime):
            updated_by_id (str):
    """

    id: str
    organization_id: str
    name: str
    description: None | str
    outcome_ids: list[str]
    custom_field_ids: list[str]
    summary_guidance: None | str
    position: int | None
    archived_at: datetime.datetime | None
    archived_by_id: None | str
    created_at: datetime.datetime
    created_by_id: str
    updated_at: datetime.datetime
    updated_by_id: str
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

        if not isinstance(self.outcome_ids, Unset):  # absent only if trimmed by _fields
            outcome_ids = self.outcome_ids

            field_dict["outcome_ids"] = outcome_ids

        if not isinstance(self.custom_field_ids, Unset):  # absent only if trimmed by _fields
            custom_field_ids = self.custom_field_ids

            field_dict["custom_field_ids"] = custom_field_ids

        if not isinstance(self.summary_guidance, Unset):  # absent only if trimmed by _fields
            summary_guidance: None | str
            summary_guidance = self.summary_guidance
            field_dict["summary_guidance"] = summary_guidance

        if not isinstance(self.position, Unset):  # absent only if trimmed by _fields
            position: int | None
            position = self.position
            field_dict["position"] = position

        if not isinstance(self.archived_at, Unset):  # absent only if trimmed by _fields
            archived_at: None | str
            if isinstance(self.archived_at, datetime.datetime):
                archived_at = self.archived_at.isoformat()
            else:
                archived_at = self.archived_at
            field_dict["archived_at"] = archived_at

        if not isinstance(self.archived_by_id, Unset):  # absent only if trimmed by _fields
            archived_by_id: None | str
            archived_by_id = self.archived_by_id
            field_dict["archived_by_id"] = archived_by_id

        if not isinstance(self.created_at, Unset):  # absent only if trimmed by _fields
            created_at = self.created_at.isoformat()
            field_dict["created_at"] = created_at

        if not isinstance(self.created_by_id, Unset):  # absent only if trimmed by _fields
            created_by_id = self.created_by_id
            field_dict["created_by_id"] = created_by_id

        if not isinstance(self.updated_at, Unset):  # absent only if trimmed by _fields
            updated_at = self.updated_at.isoformat()
            field_dict["updated_at"] = updated_at

        if not isinstance(self.updated_by_id, Unset):  # absent only if trimmed by _fields
            updated_by_id = self.updated_by_id
            field_dict["updated_by_id"] = updated_by_id

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
            raise not_an_object("Playbook", src_dict)
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

        _raw_outcome_ids = d.pop("outcome_ids", UNSET)
        outcome_ids: list[str]
        if isinstance(_raw_outcome_ids, list) and all(
            isinstance(item, str) for item in _raw_outcome_ids
        ):
            outcome_ids = _raw_outcome_ids
        else:
            outcome_ids = MISSING
            if _raw_outcome_ids is not UNSET:
                d["outcome_ids"] = _raw_outcome_ids

        _raw_custom_field_ids = d.pop("custom_field_ids", UNSET)
        custom_field_ids: list[str]
        if isinstance(_raw_custom_field_ids, list) and all(
            isinstance(item, str) for item in _raw_custom_field_ids
        ):
            custom_field_ids = _raw_custom_field_ids
        else:
            custom_field_ids = MISSING
            if _raw_custom_field_ids is not UNSET:
                d["custom_field_ids"] = _raw_custom_field_ids

        _raw_summary_guidance = d.pop("summary_guidance", UNSET)
        summary_guidance: None | str
        if isinstance(_raw_summary_guidance, str) or _raw_summary_guidance is None:
            summary_guidance = _raw_summary_guidance
        else:
            summary_guidance = MISSING
            if _raw_summary_guidance is not UNSET:
                d["summary_guidance"] = _raw_summary_guidance

        _raw_position = d.pop("position", UNSET)
        position: int | None
        if (
            isinstance(_raw_position, int) and not isinstance(_raw_position, bool)
        ) or _raw_position is None:
            position = _raw_position
        else:
            position = MISSING
            if _raw_position is not UNSET:
                d["position"] = _raw_position

        _raw_archived_at = d.pop("archived_at", UNSET)
        try:
            _fits = _raw_archived_at is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_archived_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    archived_at_type_0 = parse_datetime(data)

                    return archived_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None, data)

            archived_at = _parse_archived_at(_raw_archived_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            archived_at = MISSING
            if _raw_archived_at is not UNSET:
                d["archived_at"] = _raw_archived_at

        _raw_archived_by_id = d.pop("archived_by_id", UNSET)
        archived_by_id: None | str
        if isinstance(_raw_archived_by_id, str) or _raw_archived_by_id is None:
            archived_by_id = _raw_archived_by_id
        else:
            archived_by_id = MISSING
            if _raw_archived_by_id is not UNSET:
                d["archived_by_id"] = _raw_archived_by_id

        _raw_created_at = d.pop("created_at", UNSET)
        try:
            _fits = _raw_created_at is not UNSET
            if not _fits:
                raise TypeError()
            created_at = parse_datetime(_raw_created_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            created_at = MISSING
            if _raw_created_at is not UNSET:
                d["created_at"] = _raw_created_at

        _raw_created_by_id = d.pop("created_by_id", UNSET)
        created_by_id: str
        if isinstance(_raw_created_by_id, str):
            created_by_id = _raw_created_by_id
        else:
            created_by_id = MISSING
            if _raw_created_by_id is not UNSET:
                d["created_by_id"] = _raw_created_by_id

        _raw_updated_at = d.pop("updated_at", UNSET)
        try:
            _fits = _raw_updated_at is not UNSET
            if not _fits:
                raise TypeError()
            updated_at = parse_datetime(_raw_updated_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            updated_at = MISSING
            if _raw_updated_at is not UNSET:
                d["updated_at"] = _raw_updated_at

        _raw_updated_by_id = d.pop("updated_by_id", UNSET)
        updated_by_id: str
        if isinstance(_raw_updated_by_id, str):
            updated_by_id = _raw_updated_by_id
        else:
            updated_by_id = MISSING
            if _raw_updated_by_id is not UNSET:
                d["updated_by_id"] = _raw_updated_by_id

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            description=description,
            outcome_ids=outcome_ids,
            custom_field_ids=custom_field_ids,
            summary_guidance=summary_guidance,
            position=position,
            archived_at=archived_at,
            archived_by_id=archived_by_id,
            created_at=created_at,
            created_by_id=created_by_id,
            updated_at=updated_at,
            updated_by_id=updated_by_id,
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
