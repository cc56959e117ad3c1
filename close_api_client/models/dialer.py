from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dialer_type import DialerType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.dialer_user import DialerUser


T = TypeVar("T", bound="Dialer")


@_attrs_define
class Dialer:
    """A dialer session working through the leads of a Smart View.

    Attributes:
        id (str | Unset): `dial_...`
        organization_id (str | Unset):
        type_ (DialerType | Unset): `power` calls one lead at a time; `predictive` calls several and connects the first
            to answer.
        status (str | Unset): e.g. `inactive`.
        user_id (str | Unset): The user who started the session.
        users (list[DialerUser] | Unset):
        saved_search_id (str | Unset):
        saved_search_is_user_dependent (bool | Unset):
        caller_id (str | Unset): The number shown to callees; empty when not set.
        ring_mode (str | Unset): e.g. `more-voicemails`.
        music_preference (str | Unset): e.g. `tone1`.
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    type_: DialerType | Unset = UNSET
    status: str | Unset = UNSET
    user_id: str | Unset = UNSET
    users: list[DialerUser] | Unset = UNSET
    saved_search_id: str | Unset = UNSET
    saved_search_is_user_dependent: bool | Unset = UNSET
    caller_id: str | Unset = UNSET
    ring_mode: str | Unset = UNSET
    music_preference: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        organization_id = self.organization_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        if users is not UNSET:
            field_dict["users"] = users

        saved_search_id = self.saved_search_id
        if saved_search_id is not UNSET:
            field_dict["saved_search_id"] = saved_search_id

        saved_search_is_user_dependent = self.saved_search_is_user_dependent
        if saved_search_is_user_dependent is not UNSET:
            field_dict["saved_search_is_user_dependent"] = saved_search_is_user_dependent

        caller_id = self.caller_id
        if caller_id is not UNSET:
            field_dict["caller_id"] = caller_id

        ring_mode = self.ring_mode
        if ring_mode is not UNSET:
            field_dict["ring_mode"] = ring_mode

        music_preference = self.music_preference
        if music_preference is not UNSET:
            field_dict["music_preference"] = music_preference

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart.
        """
        from ..models.dialer_user import DialerUser  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str | Unset
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = UNSET
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str | Unset
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = UNSET
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: DialerType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = DialerType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = UNSET
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_status = d.pop("status", UNSET)
        status: str | Unset
        if isinstance(_raw_status, str):
            status = _raw_status
        else:
            status = UNSET
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: str | Unset
        if isinstance(_raw_user_id, str):
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_users = d.pop("users", UNSET)
        try:
            _fits = _raw_users is UNSET or isinstance(_raw_users, list)
            if not _fits:
                raise TypeError()
            _users = _raw_users
            users: list[DialerUser] | Unset = UNSET
            if _users is not UNSET:
                users = []
                for users_item_data in _users:
                    users_item = DialerUser.from_dict(users_item_data)

                    users.append(users_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            users = UNSET
            if _raw_users is not UNSET:
                d["users"] = _raw_users

        _raw_saved_search_id = d.pop("saved_search_id", UNSET)
        saved_search_id: str | Unset
        if isinstance(_raw_saved_search_id, str):
            saved_search_id = _raw_saved_search_id
        else:
            saved_search_id = UNSET
            if _raw_saved_search_id is not UNSET:
                d["saved_search_id"] = _raw_saved_search_id

        _raw_saved_search_is_user_dependent = d.pop("saved_search_is_user_dependent", UNSET)
        saved_search_is_user_dependent: bool | Unset
        if isinstance(_raw_saved_search_is_user_dependent, bool):
            saved_search_is_user_dependent = _raw_saved_search_is_user_dependent
        else:
            saved_search_is_user_dependent = UNSET
            if _raw_saved_search_is_user_dependent is not UNSET:
                d["saved_search_is_user_dependent"] = _raw_saved_search_is_user_dependent

        _raw_caller_id = d.pop("caller_id", UNSET)
        caller_id: str | Unset
        if isinstance(_raw_caller_id, str):
            caller_id = _raw_caller_id
        else:
            caller_id = UNSET
            if _raw_caller_id is not UNSET:
                d["caller_id"] = _raw_caller_id

        _raw_ring_mode = d.pop("ring_mode", UNSET)
        ring_mode: str | Unset
        if isinstance(_raw_ring_mode, str):
            ring_mode = _raw_ring_mode
        else:
            ring_mode = UNSET
            if _raw_ring_mode is not UNSET:
                d["ring_mode"] = _raw_ring_mode

        _raw_music_preference = d.pop("music_preference", UNSET)
        music_preference: str | Unset
        if isinstance(_raw_music_preference, str):
            music_preference = _raw_music_preference
        else:
            music_preference = UNSET
            if _raw_music_preference is not UNSET:
                d["music_preference"] = _raw_music_preference

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _date_created = _raw_date_created
            date_created: datetime.datetime | Unset
            if isinstance(_date_created, Unset):
                date_created = UNSET
            else:
                date_created = parse_datetime(_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = UNSET
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _date_updated = _raw_date_updated
            date_updated: datetime.datetime | Unset
            if isinstance(_date_updated, Unset):
                date_updated = UNSET
            else:
                date_updated = parse_datetime(_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = UNSET
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            type_=type_,
            status=status,
            user_id=user_id,
            users=users,
            saved_search_id=saved_search_id,
            saved_search_is_user_dependent=saved_search_is_user_dependent,
            caller_id=caller_id,
            ring_mode=ring_mode,
            music_preference=music_preference,
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
