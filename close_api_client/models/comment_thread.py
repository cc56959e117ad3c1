from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CommentThread")


@_attrs_define
class CommentThread:
    """The thread of comments on one object.

    Attributes:
        id (str): `comthr_...`
        organization_id (str):
        object_id (str | Unset):
        object_type (str | Unset): As in the event log, e.g. `activity.custom_activity`.
        lead_id (None | str | Unset):
        num_comments (int | Unset):
        participating (list[str] | Unset): Ids of the users who commented.
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    organization_id: str
    object_id: str | Unset = UNSET
    object_type: str | Unset = UNSET
    lead_id: None | str | Unset = UNSET
    num_comments: int | Unset = UNSET
    participating: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        object_id = self.object_id

        object_type = self.object_type

        lead_id: None | str | Unset
        if isinstance(self.lead_id, Unset):
            lead_id = UNSET
        else:
            lead_id = self.lead_id

        num_comments = self.num_comments

        participating: list[str] | Unset = UNSET
        if not isinstance(self.participating, Unset):
            participating = self.participating

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
            }
        )
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if num_comments is not UNSET:
            field_dict["num_comments"] = num_comments
        if participating is not UNSET:
            field_dict["participating"] = participating
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        object_id = d.pop("object_id", UNSET)

        object_type = d.pop("object_type", UNSET)

        def _parse_lead_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_id = _parse_lead_id(d.pop("lead_id", UNSET))

        num_comments = d.pop("num_comments", UNSET)

        participating = cast(list[str], d.pop("participating", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        comment_thread = cls(
            id=id,
            organization_id=organization_id,
            object_id=object_id,
            object_type=object_type,
            lead_id=lead_id,
            num_comments=num_comments,
            participating=participating,
            created_at=created_at,
            updated_at=updated_at,
        )

        comment_thread.additional_properties = d
        return comment_thread

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
