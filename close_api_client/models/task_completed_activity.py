from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

T = TypeVar("T", bound="TaskCompletedActivity")


@_attrs_define
class TaskCompletedActivity:
    """Records the completion of a lead's task.

    Attributes:
        id (str): The activity id (`acti_...`).
        organization_id (str):
        lead_id (None | str):
        user_id (None | str): The user the activity belongs to.
        created_by (None | str):
        updated_by (None | str):
        updated_by_name (None | str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        type_ (Literal['TaskCompleted'] | Unset): Always `TaskCompleted`.
        contact_id (None | str | Unset):
        user_name (None | str | Unset):
        users (list[str] | Unset): Ids of the users involved.
        created_by_name (None | str | Unset):
        activity_at (datetime.datetime | None | Unset): When the activity happened (newer field).
        task_id (str | Unset):
        task_text (str | Unset):
    """

    id: str
    organization_id: str
    lead_id: None | str
    user_id: None | str
    created_by: None | str
    updated_by: None | str
    updated_by_name: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    type_: Literal["TaskCompleted"] | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    users: list[str] | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    task_id: str | Unset = UNSET
    task_text: str | Unset = UNSET
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

        if not isinstance(self.lead_id, Unset):  # absent only if trimmed by _fields
            lead_id: None | str
            lead_id = self.lead_id
            field_dict["lead_id"] = lead_id

        if not isinstance(self.user_id, Unset):  # absent only if trimmed by _fields
            user_id: None | str
            user_id = self.user_id
            field_dict["user_id"] = user_id

        if not isinstance(self.created_by, Unset):  # absent only if trimmed by _fields
            created_by: None | str
            created_by = self.created_by
            field_dict["created_by"] = created_by

        if not isinstance(self.updated_by, Unset):  # absent only if trimmed by _fields
            updated_by: None | str
            updated_by = self.updated_by
            field_dict["updated_by"] = updated_by

        if not isinstance(self.updated_by_name, Unset):  # absent only if trimmed by _fields
            updated_by_name: None | str
            updated_by_name = self.updated_by_name
            field_dict["updated_by_name"] = updated_by_name

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["_type"] = type_

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        if users is not UNSET:
            field_dict["users"] = users

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at

        task_id = self.task_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id

        task_text = self.task_text
        if task_text is not UNSET:
            field_dict["task_text"] = task_text

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return src.get("_type") == "TaskCompleted"

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
            raise not_an_object("TaskCompletedActivity", src_dict)
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

        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: None | str
        if isinstance(_raw_lead_id, str) or _raw_lead_id is None:
            lead_id = _raw_lead_id
        else:
            lead_id = MISSING
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: None | str
        if isinstance(_raw_user_id, str) or _raw_user_id is None:
            user_id = _raw_user_id
        else:
            user_id = MISSING
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

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

        _raw_updated_by_name = d.pop("updated_by_name", UNSET)
        updated_by_name: None | str
        if isinstance(_raw_updated_by_name, str) or _raw_updated_by_name is None:
            updated_by_name = _raw_updated_by_name
        else:
            updated_by_name = MISSING
            if _raw_updated_by_name is not UNSET:
                d["updated_by_name"] = _raw_updated_by_name

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

        type_ = cast(Literal["TaskCompleted"] | Unset, d.pop("_type", UNSET))
        if type_ != "TaskCompleted" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'TaskCompleted', got '{type_}'")

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: None | str | Unset
        if isinstance(_raw_contact_id, str) or _raw_contact_id is None:
            contact_id = _raw_contact_id
        else:
            contact_id = UNSET
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_user_name = d.pop("user_name", UNSET)
        user_name: None | str | Unset
        if isinstance(_raw_user_name, str) or _raw_user_name is None:
            user_name = _raw_user_name
        else:
            user_name = UNSET
            if _raw_user_name is not UNSET:
                d["user_name"] = _raw_user_name

        _raw_users = d.pop("users", UNSET)
        users: list[str] | Unset
        if isinstance(_raw_users, list) and all(isinstance(item, str) for item in _raw_users):
            users = _raw_users
        else:
            users = UNSET
            if _raw_users is not UNSET:
                d["users"] = _raw_users

        _raw_created_by_name = d.pop("created_by_name", UNSET)
        created_by_name: None | str | Unset
        if isinstance(_raw_created_by_name, str) or _raw_created_by_name is None:
            created_by_name = _raw_created_by_name
        else:
            created_by_name = UNSET
            if _raw_created_by_name is not UNSET:
                d["created_by_name"] = _raw_created_by_name

        _raw_activity_at = d.pop("activity_at", UNSET)
        try:

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            activity_at = _parse_activity_at(_raw_activity_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            activity_at = UNSET
            if _raw_activity_at is not UNSET:
                d["activity_at"] = _raw_activity_at

        _raw_task_id = d.pop("task_id", UNSET)
        task_id: str | Unset
        if isinstance(_raw_task_id, str):
            task_id = _raw_task_id
        else:
            task_id = UNSET
            if _raw_task_id is not UNSET:
                d["task_id"] = _raw_task_id

        _raw_task_text = d.pop("task_text", UNSET)
        task_text: str | Unset
        if isinstance(_raw_task_text, str):
            task_text = _raw_task_text
        else:
            task_text = UNSET
            if _raw_task_text is not UNSET:
                d["task_text"] = _raw_task_text

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            lead_id=lead_id,
            user_id=user_id,
            created_by=created_by,
            updated_by=updated_by,
            updated_by_name=updated_by_name,
            date_created=date_created,
            date_updated=date_updated,
            type_=type_,
            contact_id=contact_id,
            user_name=user_name,
            users=users,
            created_by_name=created_by_name,
            activity_at=activity_at,
            task_id=task_id,
            task_text=task_text,
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
