from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_record_calls import AutoRecordCalls
from ..types import UNSET, Unset

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
        id = self.id

        user_id = self.user_id

        role_id = self.role_id

        permissions_granted = self.permissions_granted

        organization_id = self.organization_id

        role = self.role

        track_email_opens = self.track_email_opens

        auto_record_calls: str | Unset = UNSET
        if not isinstance(self.auto_record_calls, Unset):
            auto_record_calls = self.auto_record_calls.value

        record_calls = self.record_calls

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

        primary_personal_number: None | str | Unset
        if isinstance(self.primary_personal_number, Unset):
            primary_personal_number = UNSET
        else:
            primary_personal_number = self.primary_personal_number

        plan_type = self.plan_type

        is_free = self.is_free

        onboarding_status = self.onboarding_status

        user_email = self.user_email

        user_phone = self.user_phone

        user_first_name = self.user_first_name

        user_last_name = self.user_last_name

        user_full_name = self.user_full_name

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "role_id": role_id,
                "permissions_granted": permissions_granted,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if role is not UNSET:
            field_dict["role"] = role
        if track_email_opens is not UNSET:
            field_dict["track_email_opens"] = track_email_opens
        if auto_record_calls is not UNSET:
            field_dict["auto_record_calls"] = auto_record_calls
        if record_calls is not UNSET:
            field_dict["record_calls"] = record_calls
        if default_caller_id is not UNSET:
            field_dict["default_caller_id"] = default_caller_id
        if hangup_recording_url is not UNSET:
            field_dict["hangup_recording_url"] = hangup_recording_url
        if may_workflows_impersonate is not UNSET:
            field_dict["may_workflows_impersonate"] = may_workflows_impersonate
        if primary_personal_number is not UNSET:
            field_dict["primary_personal_number"] = primary_personal_number
        if plan_type is not UNSET:
            field_dict["plan_type"] = plan_type
        if is_free is not UNSET:
            field_dict["is_free"] = is_free
        if onboarding_status is not UNSET:
            field_dict["onboarding_status"] = onboarding_status
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_phone is not UNSET:
            field_dict["user_phone"] = user_phone
        if user_first_name is not UNSET:
            field_dict["user_first_name"] = user_first_name
        if user_last_name is not UNSET:
            field_dict["user_last_name"] = user_last_name
        if user_full_name is not UNSET:
            field_dict["user_full_name"] = user_full_name
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        role_id = d.pop("role_id")

        permissions_granted = cast(list[str], d.pop("permissions_granted"))

        organization_id = d.pop("organization_id", UNSET)

        role = d.pop("role", UNSET)

        track_email_opens = d.pop("track_email_opens", UNSET)

        _auto_record_calls = d.pop("auto_record_calls", UNSET)
        auto_record_calls: AutoRecordCalls | Unset
        if isinstance(_auto_record_calls, Unset):
            auto_record_calls = UNSET
        else:
            auto_record_calls = AutoRecordCalls(_auto_record_calls)

        record_calls = d.pop("record_calls", UNSET)

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

        def _parse_primary_personal_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_personal_number = _parse_primary_personal_number(
            d.pop("primary_personal_number", UNSET)
        )

        plan_type = d.pop("plan_type", UNSET)

        is_free = d.pop("is_free", UNSET)

        onboarding_status = d.pop("onboarding_status", UNSET)

        user_email = d.pop("user_email", UNSET)

        user_phone = d.pop("user_phone", UNSET)

        user_first_name = d.pop("user_first_name", UNSET)

        user_last_name = d.pop("user_last_name", UNSET)

        user_full_name = d.pop("user_full_name", UNSET)

        _user = d.pop("user", UNSET)
        user: User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = User.from_dict(_user)

        membership = cls(
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
