from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.dialer_users_item import DialerUsersItem


T = TypeVar("T", bound="Dialer")


@_attrs_define
class Dialer:
    """
    Attributes:
        status (str | Unset):
        user_id (str | Unset):
        users (list[DialerUsersItem] | Unset):
        saved_search_id (str | Unset):
        date_updated (datetime.datetime | Unset):
        caller_id (str | Unset):
        organization_id (str | Unset):
        ring_mode (str | Unset):
        saved_search_is_user_dependent (bool | Unset):
        date_created (datetime.datetime | Unset):
        music_preference (str | Unset):
        type_ (str | Unset):
        id (str | Unset):
    """

    status: str | Unset = UNSET
    user_id: str | Unset = UNSET
    users: list[DialerUsersItem] | Unset = UNSET
    saved_search_id: str | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    caller_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    ring_mode: str | Unset = UNSET
    saved_search_is_user_dependent: bool | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    music_preference: str | Unset = UNSET
    type_: str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        user_id = self.user_id

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        saved_search_id = self.saved_search_id

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        caller_id = self.caller_id

        organization_id = self.organization_id

        ring_mode = self.ring_mode

        saved_search_is_user_dependent = self.saved_search_is_user_dependent

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        music_preference = self.music_preference

        type_ = self.type_

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if users is not UNSET:
            field_dict["users"] = users
        if saved_search_id is not UNSET:
            field_dict["saved_search_id"] = saved_search_id
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if caller_id is not UNSET:
            field_dict["caller_id"] = caller_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if ring_mode is not UNSET:
            field_dict["ring_mode"] = ring_mode
        if saved_search_is_user_dependent is not UNSET:
            field_dict["saved_search_is_user_dependent"] = saved_search_is_user_dependent
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if music_preference is not UNSET:
            field_dict["music_preference"] = music_preference
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dialer_users_item import DialerUsersItem  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        user_id = d.pop("user_id", UNSET)

        _users = d.pop("users", UNSET)
        users: list[DialerUsersItem] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = DialerUsersItem.from_dict(users_item_data)

                users.append(users_item)

        saved_search_id = d.pop("saved_search_id", UNSET)

        _date_updated = d.pop("date_updated", UNSET)
        date_updated: datetime.datetime | Unset
        if isinstance(_date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = parse_datetime(_date_updated)

        caller_id = d.pop("caller_id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        ring_mode = d.pop("ring_mode", UNSET)

        saved_search_is_user_dependent = d.pop("saved_search_is_user_dependent", UNSET)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        music_preference = d.pop("music_preference", UNSET)

        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        dialer = cls(
            status=status,
            user_id=user_id,
            users=users,
            saved_search_id=saved_search_id,
            date_updated=date_updated,
            caller_id=caller_id,
            organization_id=organization_id,
            ring_mode=ring_mode,
            saved_search_is_user_dependent=saved_search_is_user_dependent,
            date_created=date_created,
            music_preference=music_preference,
            type_=type_,
            id=id,
        )

        dialer.additional_properties = d
        return dialer

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
