from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="TaskCompletedActivity")


@_attrs_define
class TaskCompletedActivity:
    """Records the completion of a lead's task.

    Attributes:
        type_ (Literal['TaskCompleted'] | Unset): Always `TaskCompleted`.
        id (str | Unset): The activity id (`acti_...`).
        organization_id (str | Unset):
        lead_id (None | str | Unset):
        contact_id (None | str | Unset):
        user_id (None | str | Unset): The user the activity belongs to.
        user_name (None | str | Unset):
        users (list[str] | Unset): Ids of the users involved.
        created_by (None | str | Unset):
        created_by_name (None | str | Unset):
        updated_by (None | str | Unset):
        updated_by_name (None | str | Unset):
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
        activity_at (datetime.datetime | None | Unset): When the activity happened (newer field).
        task_id (str | Unset):
        task_text (str | Unset):
    """

    type_: Literal["TaskCompleted"] | Unset = UNSET
    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    lead_id: None | str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    users: list[str] | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    updated_by_name: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    task_id: str | Unset = UNSET
    task_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        organization_id = self.organization_id

        lead_id: None | str | Unset
        if isinstance(self.lead_id, Unset):
            lead_id = UNSET
        else:
            lead_id = self.lead_id

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        updated_by_name: None | str | Unset
        if isinstance(self.updated_by_name, Unset):
            updated_by_name = UNSET
        else:
            updated_by_name = self.updated_by_name

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at

        task_id = self.task_id

        task_text = self.task_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["_type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if users is not UNSET:
            field_dict["users"] = users
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if updated_by_name is not UNSET:
            field_dict["updated_by_name"] = updated_by_name
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_text is not UNSET:
            field_dict["task_text"] = task_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["TaskCompleted"] | Unset, d.pop("_type", UNSET))
        if type_ != "TaskCompleted" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'TaskCompleted', got '{type_}'")

        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        def _parse_lead_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_id = _parse_lead_id(d.pop("lead_id", UNSET))

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_name = _parse_user_name(d.pop("user_name", UNSET))

        users = cast(list[str], d.pop("users", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_created_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_name = _parse_created_by_name(d.pop("created_by_name", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        def _parse_updated_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by_name = _parse_updated_by_name(d.pop("updated_by_name", UNSET))

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

        def _parse_activity_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activity_at_type_0 = parse_datetime(data)

                return activity_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        activity_at = _parse_activity_at(d.pop("activity_at", UNSET))

        task_id = d.pop("task_id", UNSET)

        task_text = d.pop("task_text", UNSET)

        task_completed_activity = cls(
            type_=type_,
            id=id,
            organization_id=organization_id,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            user_name=user_name,
            users=users,
            created_by=created_by,
            created_by_name=created_by_name,
            updated_by=updated_by,
            updated_by_name=updated_by_name,
            date_created=date_created,
            date_updated=date_updated,
            activity_at=activity_at,
            task_id=task_id,
            task_text=task_text,
        )

        task_completed_activity.additional_properties = d
        return task_completed_activity

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
