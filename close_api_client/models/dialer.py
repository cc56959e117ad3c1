from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dialer_type import DialerType
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.status, Unset):  # absent only if trimmed by _fields
            status = self.status
            field_dict["status"] = status

        if not isinstance(self.user_id, Unset):  # absent only if trimmed by _fields
            user_id = self.user_id
            field_dict["user_id"] = user_id

        if not isinstance(self.users, Unset):  # absent only if trimmed by _fields
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

            field_dict["users"] = users

        if not isinstance(self.saved_search_id, Unset):  # absent only if trimmed by _fields
            saved_search_id = self.saved_search_id
            field_dict["saved_search_id"] = saved_search_id

        if not isinstance(
            self.saved_search_is_user_dependent, Unset
        ):  # absent only if trimmed by _fields
            saved_search_is_user_dependent = self.saved_search_is_user_dependent
            field_dict["saved_search_is_user_dependent"] = saved_search_is_user_dependent

        if not isinstance(self.caller_id, Unset):  # absent only if trimmed by _fields
            caller_id = self.caller_id
            field_dict["caller_id"] = caller_id

        if not isinstance(self.ring_mode, Unset):  # absent only if trimmed by _fields
            ring_mode = self.ring_mode
            field_dict["ring_mode"] = ring_mode

        if not isinstance(self.music_preference, Unset):  # absent only if trimmed by _fields
            music_preference = self.music_preference
            field_dict["music_preference"] = music_preference

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return True

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
            raise not_an_object("Dialer", src_dict)
        from ..models.dialer_user import DialerUser  # noqa: PLC0415

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

        _raw_type_ = d.pop("type", UNSET)
        try:
            _fits = _raw_type_ is not UNSET
            if not _fits:
                raise TypeError()
            type_ = DialerType(_raw_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_status = d.pop("status", UNSET)
        status: str
        if isinstance(_raw_status, str):
            status = _raw_status
        else:
            status = MISSING
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: str
        if isinstance(_raw_user_id, str):
            user_id = _raw_user_id
        else:
            user_id = MISSING
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_users = d.pop("users", UNSET)
        try:
            _fits = _raw_users is not UNSET and isinstance(_raw_users, list)
            if not _fits:
                raise TypeError()
            users = []
            _users = _raw_users
            for users_item_data in _users:
                users_item = DialerUser.from_dict(users_item_data)

                users.append(users_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            users = MISSING
            if _raw_users is not UNSET:
                d["users"] = _raw_users

        _raw_saved_search_id = d.pop("saved_search_id", UNSET)
        saved_search_id: str
        if isinstance(_raw_saved_search_id, str):
            saved_search_id = _raw_saved_search_id
        else:
            saved_search_id = MISSING
            if _raw_saved_search_id is not UNSET:
                d["saved_search_id"] = _raw_saved_search_id

        _raw_saved_search_is_user_dependent = d.pop("saved_search_is_user_dependent", UNSET)
        saved_search_is_user_dependent: bool
        if isinstance(_raw_saved_search_is_user_dependent, bool):
            saved_search_is_user_dependent = _raw_saved_search_is_user_dependent
        else:
            saved_search_is_user_dependent = MISSING
            if _raw_saved_search_is_user_dependent is not UNSET:
                d["saved_search_is_user_dependent"] = _raw_saved_search_is_user_dependent

        _raw_caller_id = d.pop("caller_id", UNSET)
        caller_id: str
        if isinstance(_raw_caller_id, str):
            caller_id = _raw_caller_id
        else:
            caller_id = MISSING
            if _raw_caller_id is not UNSET:
                d["caller_id"] = _raw_caller_id

        _raw_ring_mode = d.pop("ring_mode", UNSET)
        ring_mode: str
        if isinstance(_raw_ring_mode, str):
            ring_mode = _raw_ring_mode
        else:
            ring_mode = MISSING
            if _raw_ring_mode is not UNSET:
                d["ring_mode"] = _raw_ring_mode

        _raw_music_preference = d.pop("music_preference", UNSET)
        music_preference: str
        if isinstance(_raw_music_preference, str):
            music_preference = _raw_music_preference
        else:
            music_preference = MISSING
            if _raw_music_preference is not UNSET:
                d["music_preference"] = _raw_music_preference

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
