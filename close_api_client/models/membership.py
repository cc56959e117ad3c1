from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Membership")


@_attrs_define
class Membership:
    """
    Attributes:
        auto_record_calls (str | Unset):
        default_caller_id (Any | Unset): Shape not documented (only null shown).
        hangup_recording_url (Any | Unset): Shape not documented (only null shown).
        id (str | Unset):
        is_free (bool | Unset):
        may_workflows_impersonate (bool | Unset):
        onboarding_status (str | Unset):
        organization_id (str | Unset):
        permissions_granted (list[str] | Unset):
        primary_personal_number (Any | Unset): Shape not documented (only null shown).
        role (str | Unset):
        role_id (str | Unset):
        track_email_opens (bool | Unset):
        user_id (str | Unset):
        count (int | Unset):
        plan_type (str | Unset):
        record_calls (bool | Unset):
    """

    auto_record_calls: str | Unset = UNSET
    default_caller_id: Any | Unset = UNSET
    hangup_recording_url: Any | Unset = UNSET
    id: str | Unset = UNSET
    is_free: bool | Unset = UNSET
    may_workflows_impersonate: bool | Unset = UNSET
    onboarding_status: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    permissions_granted: list[str] | Unset = UNSET
    primary_personal_number: Any | Unset = UNSET
    role: str | Unset = UNSET
    role_id: str | Unset = UNSET
    track_email_opens: bool | Unset = UNSET
    user_id: str | Unset = UNSET
    count: int | Unset = UNSET
    plan_type: str | Unset = UNSET
    record_calls: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_record_calls = self.auto_record_calls

        default_caller_id = self.default_caller_id

        hangup_recording_url = self.hangup_recording_url

        id = self.id

        is_free = self.is_free

        may_workflows_impersonate = self.may_workflows_impersonate

        onboarding_status = self.onboarding_status

        organization_id = self.organization_id

        permissions_granted: list[str] | Unset = UNSET
        if not isinstance(self.permissions_granted, Unset):
            permissions_granted = self.permissions_granted

        primary_personal_number = self.primary_personal_number

        role = self.role

        role_id = self.role_id

        track_email_opens = self.track_email_opens

        user_id = self.user_id

        count = self.count

        plan_type = self.plan_type

        record_calls = self.record_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_record_calls is not UNSET:
            field_dict["auto_record_calls"] = auto_record_calls
        if default_caller_id is not UNSET:
            field_dict["default_caller_id"] = default_caller_id
        if hangup_recording_url is not UNSET:
            field_dict["hangup_recording_url"] = hangup_recording_url
        if id is not UNSET:
            field_dict["id"] = id
        if is_free is not UNSET:
            field_dict["is_free"] = is_free
        if may_workflows_impersonate is not UNSET:
            field_dict["may_workflows_impersonate"] = may_workflows_impersonate
        if onboarding_status is not UNSET:
            field_dict["onboarding_status"] = onboarding_status
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if permissions_granted is not UNSET:
            field_dict["permissions_granted"] = permissions_granted
        if primary_personal_number is not UNSET:
            field_dict["primary_personal_number"] = primary_personal_number
        if role is not UNSET:
            field_dict["role"] = role
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if track_email_opens is not UNSET:
            field_dict["track_email_opens"] = track_email_opens
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if count is not UNSET:
            field_dict["count"] = count
        if plan_type is not UNSET:
            field_dict["plan_type"] = plan_type
        if record_calls is not UNSET:
            field_dict["record_calls"] = record_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_record_calls = d.pop("auto_record_calls", UNSET)

        default_caller_id = d.pop("default_caller_id", UNSET)

        hangup_recording_url = d.pop("hangup_recording_url", UNSET)

        id = d.pop("id", UNSET)

        is_free = d.pop("is_free", UNSET)

        may_workflows_impersonate = d.pop("may_workflows_impersonate", UNSET)

        onboarding_status = d.pop("onboarding_status", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        permissions_granted = cast(list[str], d.pop("permissions_granted", UNSET))

        primary_personal_number = d.pop("primary_personal_number", UNSET)

        role = d.pop("role", UNSET)

        role_id = d.pop("role_id", UNSET)

        track_email_opens = d.pop("track_email_opens", UNSET)

        user_id = d.pop("user_id", UNSET)

        count = d.pop("count", UNSET)

        plan_type = d.pop("plan_type", UNSET)

        record_calls = d.pop("record_calls", UNSET)

        membership = cls(
            auto_record_calls=auto_record_calls,
            default_caller_id=default_caller_id,
            hangup_recording_url=hangup_recording_url,
            id=id,
            is_free=is_free,
            may_workflows_impersonate=may_workflows_impersonate,
            onboarding_status=onboarding_status,
            organization_id=organization_id,
            permissions_granted=permissions_granted,
            primary_personal_number=primary_personal_number,
            role=role,
            role_id=role_id,
            track_email_opens=track_email_opens,
            user_id=user_id,
            count=count,
            plan_type=plan_type,
            record_calls=record_calls,
        )

        membership.additional_properties = d
        return membership

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
