from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_record_calls import AutoRecordCalls
from ..types import UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        role_id = self.role_id
        if role_id is not UNSET:
            field_dict["role_id"] = role_id

        auto_record_calls: str | Unset = UNSET
        if not isinstance(self.auto_record_calls, Unset):
            auto_record_calls = self.auto_record_calls.value

        if auto_record_calls is not UNSET:
            field_dict["auto_record_calls"] = auto_record_calls

        default_caller_id: None | str | Unset
        if isinstance(self.default_caller_id, Unset):
            default_caller_id = UNSET
        else:
            default_caller_id = self.default_caller_id
        if default_caller_id is not UNSET:
            field_dict["default_caller_id"] = default_caller_id

        hangup_recording_url: None | str | Unset
        if isinstance(self.hangup_recording_url, Unset):
            hangup_recording_url = UNSET
        else:
            hangup_recording_url = self.hangup_recording_url
        if hangup_recording_url is not UNSET:
            field_dict["hangup_recording_url"] = hangup_recording_url

        may_workflows_impersonate = self.may_workflows_impersonate
        if may_workflows_impersonate is not UNSET:
            field_dict["may_workflows_impersonate"] = may_workflows_impersonate

        track_email_opens = self.track_email_opens
        if track_email_opens is not UNSET:
            field_dict["track_email_opens"] = track_email_opens

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
            raise not_an_object("MembershipUpdate", src_dict)
        d = dict(src_dict)
        _raw_role_id = d.pop("role_id", UNSET)
        role_id: str | Unset
        if isinstance(_raw_role_id, str):
            role_id = _raw_role_id
        else:
            role_id = UNSET
            if _raw_role_id is not UNSET:
                d["role_id"] = _raw_role_id

        _raw_auto_record_calls = d.pop("auto_record_calls", UNSET)
        try:
            _auto_record_calls = _raw_auto_record_calls
            auto_record_calls: AutoRecordCalls | Unset
            if isinstance(_auto_record_calls, Unset):
                auto_record_calls = UNSET
            else:
                auto_record_calls = AutoRecordCalls(_auto_record_calls)

        except (TypeError, ValueError, AttributeError, KeyError):
            auto_record_calls = UNSET
            if _raw_auto_record_calls is not UNSET:
                d["auto_record_calls"] = _raw_auto_record_calls

        _raw_default_caller_id = d.pop("default_caller_id", UNSET)
        default_caller_id: None | str | Unset
        if isinstance(_raw_default_caller_id, str) or _raw_default_caller_id is None:
            default_caller_id = _raw_default_caller_id
        else:
            default_caller_id = UNSET
            if _raw_default_caller_id is not UNSET:
                d["default_caller_id"] = _raw_default_caller_id

        _raw_hangup_recording_url = d.pop("hangup_recording_url", UNSET)
        hangup_recording_url: None | str | Unset
        if isinstance(_raw_hangup_recording_url, str) or _raw_hangup_recording_url is None:
            hangup_recording_url = _raw_hangup_recording_url
        else:
            hangup_recording_url = UNSET
            if _raw_hangup_recording_url is not UNSET:
                d["hangup_recording_url"] = _raw_hangup_recording_url

        _raw_may_workflows_impersonate = d.pop("may_workflows_impersonate", UNSET)
        may_workflows_impersonate: bool | Unset
        if isinstance(_raw_may_workflows_impersonate, bool):
            may_workflows_impersonate = _raw_may_workflows_impersonate
        else:
            may_workflows_impersonate = UNSET
            if _raw_may_workflows_impersonate is not UNSET:
                d["may_workflows_impersonate"] = _raw_may_workflows_impersonate

        _raw_track_email_opens = d.pop("track_email_opens", UNSET)
        track_email_opens: bool | Unset
        if isinstance(_raw_track_email_opens, bool):
            track_email_opens = _raw_track_email_opens
        else:
            track_email_opens = UNSET
            if _raw_track_email_opens is not UNSET:
                d["track_email_opens"] = _raw_track_email_opens

        parsed_obj = cls(
            role_id=role_id,
            auto_record_calls=auto_record_calls,
            default_caller_id=default_caller_id,
            hangup_recording_url=hangup_recording_url,
            may_workflows_impersonate=may_workflows_impersonate,
            track_email_opens=track_email_opens,
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
