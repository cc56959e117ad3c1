from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_record_calls import AutoRecordCalls
from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipUpdate")


@_attrs_define
class MembershipUpdate:
    """Member settings to change.

    Attributes:
        role_id (str | Unset): `admin`, `superuser`, `user`, `restricteduser` or a custom role id.
        auto_record_calls (AutoRecordCalls | Unset): Whether the member's calls are recorded automatically; starts as
            `unset`.
        default_caller_id (None | str | Unset):
        hangup_recording_url (None | str | Unset):
        may_workflows_impersonate (bool | Unset):
        track_email_opens (bool | Unset):
    """

    role_id: str | Unset = UNSET
    auto_record_calls: AutoRecordCalls | Unset = UNSET
    default_caller_id: None | str | Unset = UNSET
    hangup_recording_url: None | str | Unset = UNSET
    may_workflows_impersonate: bool | Unset = UNSET
    track_email_opens: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        auto_record_calls: str | Unset = UNSET
        if not isinstance(self.auto_record_calls, Unset):
            auto_record_calls = self.auto_record_calls.value

        default_caller_id: None | str | Unset
        if isinstance(self.default_caller_id, Unset):
            default_caller_id = UNSET
        else:
            default_caller_id = self.default_caller_id

        hangup_recording_url: None | str | Unset
        if isinstance(self.hangup_recording_url, Unset):
            hangup_recording_url = UNSET
        else:
            hangup_recording_url = self.hangup_recording_url

        may_workflows_impersonate = self.may_workflows_impersonate

        track_email_opens = self.track_email_opens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if auto_record_calls is not UNSET:
            field_dict["auto_record_calls"] = auto_record_calls
        if default_caller_id is not UNSET:
            field_dict["default_caller_id"] = default_caller_id
        if hangup_recording_url is not UNSET:
            field_dict["hangup_recording_url"] = hangup_recording_url
        if may_workflows_impersonate is not UNSET:
            field_dict["may_workflows_impersonate"] = may_workflows_impersonate
        if track_email_opens is not UNSET:
            field_dict["track_email_opens"] = track_email_opens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_id = d.pop("role_id", UNSET)

        _auto_record_calls = d.pop("auto_record_calls", UNSET)
        auto_record_calls: AutoRecordCalls | Unset
        if isinstance(_auto_record_calls, Unset):
            auto_record_calls = UNSET
        else:
            auto_record_calls = AutoRecordCalls(_auto_record_calls)

        def _parse_default_caller_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_caller_id = _parse_default_caller_id(d.pop("default_caller_id", UNSET))

        def _parse_hangup_recording_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hangup_recording_url = _parse_hangup_recording_url(d.pop("hangup_recording_url", UNSET))

        may_workflows_impersonate = d.pop("may_workflows_impersonate", UNSET)

        track_email_opens = d.pop("track_email_opens", UNSET)

        membership_update = cls(
            role_id=role_id,
            auto_record_calls=auto_record_calls,
            default_caller_id=default_caller_id,
            hangup_recording_url=hangup_recording_url,
            may_workflows_impersonate=may_workflows_impersonate,
            track_email_opens=track_email_opens,
        )

        membership_update.additional_properties = d
        return membership_update

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
