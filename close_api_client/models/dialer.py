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
        id = self.id

        organization_id = self.organization_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status = self.status

        user_id = self.user_id

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        saved_search_id = self.saved_search_id

        saved_search_is_user_dependent = self.saved_search_is_user_dependent

        caller_id = self.caller_id

        ring_mode = self.ring_mode

        music_preference = self.music_preference

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if users is not UNSET:
            field_dict["users"] = users
        if saved_search_id is not UNSET:
            field_dict["saved_search_id"] = saved_search_id
        if saved_search_is_user_dependent is not UNSET:
            field_dict["saved_search_is_user_dependent"] = saved_search_is_user_dependent
        if caller_id is not UNSET:
            field_dict["caller_id"] = caller_id
        if ring_mode is not UNSET:
            field_dict["ring_mode"] = ring_mode
        if music_preference is not UNSET:
            field_dict["music_preference"] = music_preference
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dialer_user import DialerUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DialerType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DialerType(_type_)

        status = d.pop("status", UNSET)

        user_id = d.pop("user_id", UNSET)

        _users = d.pop("users", UNSET)
        users: list[DialerUser] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = DialerUser.from_dict(users_item_data)

                users.append(users_item)

        saved_search_id = d.pop("saved_search_id", UNSET)

        saved_search_is_user_dependent = d.pop("saved_search_is_user_dependent", UNSET)

        caller_id = d.pop("caller_id", UNSET)

        ring_mode = d.pop("ring_mode", UNSET)

        music_preference = d.pop("music_preference", UNSET)

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

        dialer = cls(
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
