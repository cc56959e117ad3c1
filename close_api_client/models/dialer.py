from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dialer_type import DialerType
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.dialer_user import DialerUser


T = TypeVar("T", bound="Dialer")


@_attrs_define
class Dialer:
    """A dialer session working through the leads of a Smart View.

    Attributes:
        id (str): `dial_...`
        organization_id (str):
        type_ (DialerType): `power` calls one lead at a time; `predictive` calls several and connects the first to
            answer.
        status (str): e.g. `inactive`.
        user_id (str): The user who started the session.
        users (list[DialerUser]):
        saved_search_id (str):
        saved_search_is_user_dependent (bool):
        caller_id (str): The number shown to callees; empty when not set.
        ring_mode (str): e.g. `more-voicemails`.
        music_preference (str): e.g. `tone1`.
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
    """

    id: str
    organization_id: str
    type_: DialerType
    status: str
    user_id: str
    users: list[DialerUser]
    saved_search_id: str
    saved_search_is_user_dependent: bool
    caller_id: str
    ring_mode: str
    music_preference: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        type_ = self.type_.value

        status = self.status

        user_id = self.user_id

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        saved_search_id = self.saved_search_id

        saved_search_is_user_dependent = self.saved_search_is_user_dependent

        caller_id = self.caller_id

        ring_mode = self.ring_mode

        music_preference = self.music_preference

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "type": type_,
                "status": status,
                "user_id": user_id,
                "users": users,
                "saved_search_id": saved_search_id,
                "saved_search_is_user_dependent": saved_search_is_user_dependent,
                "caller_id": caller_id,
                "ring_mode": ring_mode,
                "music_preference": music_preference,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dialer_user import DialerUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        type_ = DialerType(d.pop("type"))

        status = d.pop("status")

        user_id = d.pop("user_id")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = DialerUser.from_dict(users_item_data)

            users.append(users_item)

        saved_search_id = d.pop("saved_search_id")

        saved_search_is_user_dependent = d.pop("saved_search_is_user_dependent")

        caller_id = d.pop("caller_id")

        ring_mode = d.pop("ring_mode")

        music_preference = d.pop("music_preference")

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

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
