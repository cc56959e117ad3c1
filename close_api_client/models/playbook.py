from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

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
        id = self.id

        organization_id = self.organization_id

        name = self.name

        description: None | str
        description = self.description

        outcome_ids = self.outcome_ids

        custom_field_ids = self.custom_field_ids

        summary_guidance: None | str
        summary_guidance = self.summary_guidance

        position: int | None
        position = self.position

        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        archived_by_id: None | str
        archived_by_id = self.archived_by_id

        created_at = self.created_at.isoformat()

        created_by_id = self.created_by_id

        updated_at = self.updated_at.isoformat()

        updated_by_id = self.updated_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "name": name,
                "description": description,
                "outcome_ids": outcome_ids,
                "custom_field_ids": custom_field_ids,
                "summary_guidance": summary_guidance,
                "position": position,
                "archived_at": archived_at,
                "archived_by_id": archived_by_id,
                "created_at": created_at,
                "created_by_id": created_by_id,
                "updated_at": updated_at,
                "updated_by_id": updated_by_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        outcome_ids = cast(list[str], d.pop("outcome_ids"))

        custom_field_ids = cast(list[str], d.pop("custom_field_ids"))

        def _parse_summary_guidance(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary_guidance = _parse_summary_guidance(d.pop("summary_guidance"))

        def _parse_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        position = _parse_position(d.pop("position"))

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
            return cast(datetime.datetime | None, data)

        archived_at = _parse_archived_at(d.pop("archived_at"))

        def _parse_archived_by_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        archived_by_id = _parse_archived_by_id(d.pop("archived_by_id"))

        created_at = parse_datetime(d.pop("created_at"))

        created_by_id = d.pop("created_by_id")

        updated_at = parse_datetime(d.pop("updated_at"))

        updated_by_id = d.pop("updated_by_id")

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
