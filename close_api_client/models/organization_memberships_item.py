from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationMembershipsItem")


@_attrs_define
class OrganizationMembershipsItem:
    """
    Attributes:
        user_id (str | Unset):
        user_phone (str | Unset):
        user_first_name (str | Unset):
        user_full_name (str | Unset):
        user_last_name (str | Unset):
        track_email_opens (bool | Unset):
        role_id (str | Unset):
        permissions_granted (list[str] | Unset):
        id (str | Unset):
        record_calls (bool | Unset):
        user_email (str | Unset):
    """

    user_id: str | Unset = UNSET
    user_phone: str | Unset = UNSET
    user_first_name: str | Unset = UNSET
    user_full_name: str | Unset = UNSET
    user_last_name: str | Unset = UNSET
    track_email_opens: bool | Unset = UNSET
    role_id: str | Unset = UNSET
    permissions_granted: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    record_calls: bool | Unset = UNSET
    user_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_phone = self.user_phone

        user_first_name = self.user_first_name

        user_full_name = self.user_full_name

        user_last_name = self.user_last_name

        track_email_opens = self.track_email_opens

        role_id = self.role_id

        permissions_granted: list[str] | Unset = UNSET
        if not isinstance(self.permissions_granted, Unset):
            permissions_granted = self.permissions_granted

        id = self.id

        record_calls = self.record_calls

        user_email = self.user_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_phone is not UNSET:
            field_dict["user_phone"] = user_phone
        if user_first_name is not UNSET:
            field_dict["user_first_name"] = user_first_name
        if user_full_name is not UNSET:
            field_dict["user_full_name"] = user_full_name
        if user_last_name is not UNSET:
            field_dict["user_last_name"] = user_last_name
        if track_email_opens is not UNSET:
            field_dict["track_email_opens"] = track_email_opens
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if permissions_granted is not UNSET:
            field_dict["permissions_granted"] = permissions_granted
        if id is not UNSET:
            field_dict["id"] = id
        if record_calls is not UNSET:
            field_dict["record_calls"] = record_calls
        if user_email is not UNSET:
            field_dict["user_email"] = user_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        user_phone = d.pop("user_phone", UNSET)

        user_first_name = d.pop("user_first_name", UNSET)

        user_full_name = d.pop("user_full_name", UNSET)

        user_last_name = d.pop("user_last_name", UNSET)

        track_email_opens = d.pop("track_email_opens", UNSET)

        role_id = d.pop("role_id", UNSET)

        permissions_granted = cast(list[str], d.pop("permissions_granted", UNSET))

        id = d.pop("id", UNSET)

        record_calls = d.pop("record_calls", UNSET)

        user_email = d.pop("user_email", UNSET)

        organization_memberships_item = cls(
            user_id=user_id,
            user_phone=user_phone,
            user_first_name=user_first_name,
            user_full_name=user_full_name,
            user_last_name=user_last_name,
            track_email_opens=track_email_opens,
            role_id=role_id,
            permissions_granted=permissions_granted,
            id=id,
            record_calls=record_calls,
            user_email=user_email,
        )

        organization_memberships_item.additional_properties = d
        return organization_memberships_item

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
