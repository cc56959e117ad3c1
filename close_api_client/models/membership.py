from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_record_calls import AutoRecordCalls
from ..types import MISSING, UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="Membership")


@_attrs_define
class Membership:
    """A user's membership of an organization. It becomes inactive when the user leaves or is removed. In an organization's
    member lists the user's data is added as `user_*` fields.

        Attributes:
            id (str): `memb_...`
            user_id (str):
            role_id (str): `admin`, `superuser`, `user`, `restricteduser` or a custom role id (`role_...`).
            permissions_granted (list[str]): The permissions the role grants, e.g. `export`, `bulk_edit`.
            organization_id (str | Unset):
            role (str | Unset): The predefined role name, when the role is one (e.g. `user`).
            track_email_opens (bool | Unset):
            auto_record_calls (AutoRecordCalls | Unset): Whether the member's calls are recorded automatically; starts as
                `unset`.
            record_calls (bool | Unset): Deprecated in favour of `auto_record_calls`.
            default_caller_id (None | str | Unset): Id of the phone number used as this member's default outbound caller id.
            hangup_recording_url (None | str | Unset): Audio file used as this member's voicemail drop.
            may_workflows_impersonate (bool | Unset): Whether workflows may send emails on this member's behalf.
            primary_personal_number (None | str | Unset): Id of the member's primary personal phone number (`phon_...`).
            plan_type (str | Unset):
            is_free (bool | Unset):
            onboarding_status (str | Unset): e.g. `in-progress`.
            user_email (str | Unset):
            user_phone (str | Unset):
            user_first_name (str | Unset):
            user_last_name (str | Unset):
            user_full_name (str | Unset):
            user (User | Unset): A Close user account. On `/me/` the same object also carries `last_used_timezone`,
                `email_accounts` and `phone_numbers`, and `organizations` holds full objects.
    """

    id: str
    user_id: str
    role_id: str
    permissions_granted: list[str]
    organization_id: str | Unset = UNSET
    role: str | Unset = UNSET
    track_email_opens: bool | Unset = UNSET
    auto_record_calls: AutoRecordCalls | Unset = UNSET
    record_calls: bool | Unset = UNSET
    default_caller_id: None | str | Unset = UNSET
    hangup_recording_url: None | str | Unset = UNSET
    may_workflows_impersonate: bool | Unset = UNSET
    primary_personal_number: None | str | Unset = UNSET
    plan_type: str | Unset = UNSET
    is_free: bool | Unset = UNSET
    onboarding_status: str | Unset = UNSET
    user_email: str | Unset = UNSET
    user_phone: str | Unset = UNSET
    user_first_name: str | Unset = UNSET
    user_last_name: str | Unset = UNSET
    user_full_name: str | Unset = UNSET
    user: User | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.user_id, Unset):  # absent only if trimmed by _fields
            user_id = self.user_id
            field_dict["user_id"] = user_id

        if not isinstance(self.role_id, Unset):  # absent only if trimmed by _fields
            role_id = self.role_id
            field_dict["role_id"] = role_id

        if not isinstance(self.permissions_granted, Unset):  # absent only if trimmed by _fields
            permissions_granted = self.permissions_granted

            field_dict["permissions_granted"] = permissions_granted

        organization_id = self.organization_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        role = self.role
        if role is not UNSET:
            field_dict["role"] = role

        track_email_opens = self.track_email_opens
        if track_email_opens is not UNSET:
            field_dict["track_email_opens"] = track_email_opens

        auto_record_calls: str | Unset = UNSET
        if not isinstance(self.auto_record_calls, Unset):
            auto_record_calls = self.auto_record_calls.value

        if auto_record_calls is not UNSET:
            field_dict["auto_record_calls"] = auto_record_calls

        record_calls = self.record_calls
        if record_calls is not UNSET:
            field_dict["record_calls"] = record_calls

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

        primary_personal_number: None | str | Unset
        if isinstance(self.primary_personal_number, Unset):
            primary_personal_number = UNSET
        else:
            primary_personal_number = self.primary_personal_number
        if primary_personal_number is not UNSET:
            field_dict["primary_personal_number"] = primary_personal_number

        plan_type = self.plan_type
        if plan_type is not UNSET:
            field_dict["plan_type"] = plan_type

        is_free = self.is_free
        if is_free is not UNSET:
            field_dict["is_free"] = is_free

        onboarding_status = self.onboarding_status
        if onboarding_status is not UNSET:
            field_dict["onboarding_status"] = onboarding_status

        user_email = self.user_email
        if user_email is not UNSET:
            field_dict["user_email"] = user_email

        user_phone = self.user_phone
        if user_phone is not UNSET:
            field_dict["user_phone"] = user_phone

        user_first_name = self.user_first_name
        if user_first_name is not UNSET:
            field_dict["user_first_name"] = user_first_name

        user_last_name = self.user_last_name
        if user_last_name is not UNSET:
            field_dict["user_last_name"] = user_last_name

        user_full_name = self.user_full_name
        if user_full_name is not UNSET:
            field_dict["user_full_name"] = user_full_name

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()
        if user is not UNSET:
            field_dict["user"] = user

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
            raise not_an_object("Membership", src_dict)
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: str
        if isinstance(_raw_user_id, str):
            user_id = _raw_user_id
        else:
            user_id = MISSING
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_role_id = d.pop("role_id", UNSET)
        role_id: str
        if isinstance(_raw_role_id, str):
            role_id = _raw_role_id
        else:
            role_id = MISSING
            if _raw_role_id is not UNSET:
                d["role_id"] = _raw_role_id

        _raw_permissions_granted = d.pop("permissions_granted", UNSET)
        permissions_granted: list[str]
        if isinstance(_raw_permissions_granted, list) and all(
            isinstance(item, str) for item in _raw_permissions_granted
        ):
            permissions_granted = _raw_permissions_granted
        else:
            permissions_granted = MISSING
            if _raw_permissions_granted is not UNSET:
                d["permissions_granted"] = _raw_permissions_granted

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str | Unset
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = UNSET
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_role = d.pop("role", UNSET)
        role: str | Unset
        if isinstance(_raw_role, str):
            role = _raw_role
        else:
            role = UNSET
            if _raw_role is not UNSET:
                d["role"] = _raw_role

        _raw_track_email_opens = d.pop("track_email_opens", UNSET)
        track_email_opens: bool | Unset
        if isinstance(_raw_track_email_opens, bool):
            track_email_opens = _raw_track_email_opens
        else:
            track_email_opens = UNSET
            if _raw_track_email_opens is not UNSET:
                d["track_email_opens"] = _raw_track_email_opens

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

        _raw_record_calls = d.pop("record_calls", UNSET)
        record_calls: bool | Unset
        if isinstance(_raw_record_calls, bool):
            record_calls = _raw_record_calls
        else:
            record_calls = UNSET
            if _raw_record_calls is not UNSET:
                d["record_calls"] = _raw_record_calls

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

        _raw_primary_personal_number = d.pop("primary_personal_number", UNSET)
        primary_personal_number: None | str | Unset
        if isinstance(_raw_primary_personal_number, str) or _raw_primary_personal_number is None:
            primary_personal_number = _raw_primary_personal_number
        else:
            primary_personal_number = UNSET
            if _raw_primary_personal_number is not UNSET:
                d["primary_personal_number"] = _raw_primary_personal_number

        _raw_plan_type = d.pop("plan_type", UNSET)
        plan_type: str | Unset
        if isinstance(_raw_plan_type, str):
            plan_type = _raw_plan_type
        else:
            plan_type = UNSET
            if _raw_plan_type is not UNSET:
                d["plan_type"] = _raw_plan_type

        _raw_is_free = d.pop("is_free", UNSET)
        is_free: bool | Unset
        if isinstance(_raw_is_free, bool):
            is_free = _raw_is_free
        else:
            is_free = UNSET
            if _raw_is_free is not UNSET:
                d["is_free"] = _raw_is_free

        _raw_onboarding_status = d.pop("onboarding_status", UNSET)
        onboarding_status: str | Unset
        if isinstance(_raw_onboarding_status, str):
            onboarding_status = _raw_onboarding_status
        else:
            onboarding_status = UNSET
            if _raw_onboarding_status is not UNSET:
                d["onboarding_status"] = _raw_onboarding_status

        _raw_user_email = d.pop("user_email", UNSET)
        user_email: str | Unset
        if isinstance(_raw_user_email, str):
            user_email = _raw_user_email
        else:
            user_email = UNSET
            if _raw_user_email is not UNSET:
                d["user_email"] = _raw_user_email

        _raw_user_phone = d.pop("user_phone", UNSET)
        user_phone: str | Unset
        if isinstance(_raw_user_phone, str):
            user_phone = _raw_user_phone
        else:
            user_phone = UNSET
            if _raw_user_phone is not UNSET:
                d["user_phone"] = _raw_user_phone

        _raw_user_first_name = d.pop("user_first_name", UNSET)
        user_first_name: str | Unset
        if isinstance(_raw_user_first_name, str):
            user_first_name = _raw_user_first_name
        else:
            user_first_name = UNSET
            if _raw_user_first_name is not UNSET:
                d["user_first_name"] = _raw_user_first_name

        _raw_user_last_name = d.pop("user_last_name", UNSET)
        user_last_name: str | Unset
        if isinstance(_raw_user_last_name, str):
            user_last_name = _raw_user_last_name
        else:
            user_last_name = UNSET
            if _raw_user_last_name is not UNSET:
                d["user_last_name"] = _raw_user_last_name

        _raw_user_full_name = d.pop("user_full_name", UNSET)
        user_full_name: str | Unset
        if isinstance(_raw_user_full_name, str):
            user_full_name = _raw_user_full_name
        else:
            user_full_name = UNSET
            if _raw_user_full_name is not UNSET:
                d["user_full_name"] = _raw_user_full_name

        _raw_user = d.pop("user", UNSET)
        try:
            _fits = _raw_user is UNSET or isinstance(_raw_user, dict)
            if not _fits:
                raise TypeError()
            _user = _raw_user
            user: User | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = User.from_dict(_user)

        except (TypeError, ValueError, AttributeError, KeyError):
            user = UNSET
            if _raw_user is not UNSET:
                d["user"] = _raw_user

        parsed_obj = cls(
            id=id,
            user_id=user_id,
            role_id=role_id,
            permissions_granted=permissions_granted,
            organization_id=organization_id,
            role=role,
            track_email_opens=track_email_opens,
            auto_record_calls=auto_record_calls,
            record_calls=record_calls,
            default_caller_id=default_caller_id,
            hangup_recording_url=hangup_recording_url,
            may_workflows_impersonate=may_workflows_impersonate,
            primary_personal_number=primary_personal_number,
            plan_type=plan_type,
            is_free=is_free,
            onboarding_status=onboarding_status,
            user_email=user_email,
            user_phone=user_phone,
            user_first_name=user_first_name,
            user_last_name=user_last_name,
            user_full_name=user_full_name,
            user=user,
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
