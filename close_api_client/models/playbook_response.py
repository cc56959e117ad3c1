from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="PlaybookResponse")


@_attrs_define
class PlaybookResponse:
    """
    Attributes:
        archived_at (datetime.datetime | Unset):
        archived_by_id (str | Unset):
        created_at (datetime.datetime | Unset):
        created_by_id (str | Unset):
        custom_field_ids (list[str] | Unset):
        description (str | Unset):
        id (str | Unset):
        name (str | Unset):
        organization_id (str | Unset):
        outcome_ids (list[str] | Unset):
        position (Any | Unset): Shape not documented (only null shown).
        summary_guidance (str | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by_id (str | Unset):
    """

    archived_at: datetime.datetime | Unset = UNSET
    archived_by_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by_id: str | Unset = UNSET
    custom_field_ids: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    outcome_ids: list[str] | Unset = UNSET
    position: Any | Unset = UNSET
    summary_guidance: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived_at: str | Unset = UNSET
        if not isinstance(self.archived_at, Unset):
            archived_at = self.archived_at.isoformat()

        archived_by_id = self.archived_by_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by_id = self.created_by_id

        custom_field_ids: list[str] | Unset = UNSET
        if not isinstance(self.custom_field_ids, Unset):
            custom_field_ids = self.custom_field_ids

        description = self.description

        id = self.id

        name = self.name

        organization_id = self.organization_id

        outcome_ids: list[str] | Unset = UNSET
        if not isinstance(self.outcome_ids, Unset):
            outcome_ids = self.outcome_ids

        position = self.position

        summary_guidance = self.summary_guidance

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by_id = self.updated_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if archived_by_id is not UNSET:
            field_dict["archived_by_id"] = archived_by_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if custom_field_ids is not UNSET:
            field_dict["custom_field_ids"] = custom_field_ids
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if outcome_ids is not UNSET:
            field_dict["outcome_ids"] = outcome_ids
        if position is not UNSET:
            field_dict["position"] = position
        if summary_guidance is not UNSET:
            field_dict["summary_guidance"] = summary_guidance
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by_id is not UNSET:
            field_dict["updated_by_id"] = updated_by_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _archived_at = d.pop("archived_at", UNSET)
        archived_at: datetime.datetime | Unset
        if isinstance(_archived_at, Unset):
            archived_at = UNSET
        else:
            archived_at = parse_datetime(_archived_at)

        archived_by_id = d.pop("archived_by_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        created_by_id = d.pop("created_by_id", UNSET)

        custom_field_ids = cast(list[str], d.pop("custom_field_ids", UNSET))

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        outcome_ids = cast(list[str], d.pop("outcome_ids", UNSET))

        position = d.pop("position", UNSET)

        summary_guidance = d.pop("summary_guidance", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        updated_by_id = d.pop("updated_by_id", UNSET)

        playbook_response = cls(
            archived_at=archived_at,
            archived_by_id=archived_by_id,
            created_at=created_at,
            created_by_id=created_by_id,
            custom_field_ids=custom_field_ids,
            description=description,
            id=id,
            name=name,
            organization_id=organization_id,
            outcome_ids=outcome_ids,
            position=position,
            summary_guidance=summary_guidance,
            updated_at=updated_at,
            updated_by_id=updated_by_id,
        )

        playbook_response.additional_properties = d
        return playbook_response

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
