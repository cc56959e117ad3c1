from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="Playbook")


@_attrs_define
class Playbook:
    """A playbook for calls and meetings. Note the field naming, unlike most resources:
    `created_at`/`updated_at`, `created_by_id`/`updated_by_id`.

        Attributes:
            id (str | Unset): `convtyp_...`
            organization_id (str | Unset):
            name (str | Unset):
            description (None | str | Unset):
            outcome_ids (list[str] | Unset):
            custom_field_ids (list[str] | Unset): Shared custom fields associated with the playbook.
            summary_guidance (None | str | Unset): Guidance for AI summaries of the playbook's calls and meetings.
            position (int | None | Unset): Order in the list; null while archived.
            archived_at (datetime.datetime | None | Unset):
            archived_by_id (None | str | Unset):
            created_at (datetime.datetime | Unset):
            created_by_id (str | Unset):
            updated_at (datetime.datetime | Unset):
            updated_by_id (str | Unset):
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    outcome_ids: list[str] | Unset = UNSET
    custom_field_ids: list[str] | Unset = UNSET
    summary_guidance: None | str | Unset = UNSET
    position: int | None | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    archived_by_id: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        outcome_ids: list[str] | Unset = UNSET
        if not isinstance(self.outcome_ids, Unset):
            outcome_ids = self.outcome_ids

        custom_field_ids: list[str] | Unset = UNSET
        if not isinstance(self.custom_field_ids, Unset):
            custom_field_ids = self.custom_field_ids

        summary_guidance: None | str | Unset
        if isinstance(self.summary_guidance, Unset):
            summary_guidance = UNSET
        else:
            summary_guidance = self.summary_guidance

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        archived_by_id: None | str | Unset
        if isinstance(self.archived_by_id, Unset):
            archived_by_id = UNSET
        else:
            archived_by_id = self.archived_by_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by_id = self.created_by_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by_id = self.updated_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if outcome_ids is not UNSET:
            field_dict["outcome_ids"] = outcome_ids
        if custom_field_ids is not UNSET:
            field_dict["custom_field_ids"] = custom_field_ids
        if summary_guidance is not UNSET:
            field_dict["summary_guidance"] = summary_guidance
        if position is not UNSET:
            field_dict["position"] = position
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if archived_by_id is not UNSET:
            field_dict["archived_by_id"] = archived_by_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by_id is not UNSET:
            field_dict["updated_by_id"] = updated_by_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        outcome_ids = cast(list[str], d.pop("outcome_ids", UNSET))

        custom_field_ids = cast(list[str], d.pop("custom_field_ids", UNSET))

        def _parse_summary_guidance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary_guidance = _parse_summary_guidance(d.pop("summary_guidance", UNSET))

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = parse_datetime(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        def _parse_archived_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        archived_by_id = _parse_archived_by_id(d.pop("archived_by_id", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        created_by_id = d.pop("created_by_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        updated_by_id = d.pop("updated_by_id", UNSET)

        playbook = cls(
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

        playbook.additional_properties = d
        return playbook

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
