from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_disposition import CallDisposition
from ..models.call_method import CallMethod
from ..models.call_status import CallStatus
from ..models.phone_direction import PhoneDirection
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

T = TypeVar("T", bound="CallActivity")


@_attrs_define
class CallActivity:
    """A phone call with a lead. `cost` is in US cents, as a decimal string.

    Attributes:
        id (str): The activity id (`acti_...`).
        organization_id (str):
        lead_id (None | str):
        contact_id (None | str):
        user_id (None | str): The user the activity belongs to.
        created_by (None | str):
        updated_by (None | str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        direction (PhoneDirection): Direction of a call or SMS.
        disposition (CallDisposition | None):
        call_method (CallMethod): How a call was made: `regular`, via the dialer (`power`, `predictive`), or logged from
            outside Close (`external`).
        duration (int): Seconds.
        note (None | str):
        source (str): e.g. `Close.io`, `External`.
        phone (str):
        remote_phone (str):
        remote_phone_formatted (str):
        local_country_iso (str):
        remote_country_iso (str):
        recording_url (None | str):
        voicemail_url (None | str):
        dialer_id (None | str):
        dialer_saved_search_id (None | str):
        cost (None | str): US cents as a decimal string, e.g. `"2"`.
        type_ (Literal['Call'] | Unset): Always `Call`.
        user_name (None | str | Unset):
        users (list[str] | Unset): Ids of the users involved.
        created_by_name (None | str | Unset):
        updated_by_name (None | str | Unset):
        activity_at (datetime.datetime | None | Unset): When the activity happened (newer field).
        local_phone (None | str | Unset):
        local_phone_formatted (None | str | Unset):
        voicemail_duration (int | None | Unset):
        outcome_id (None | str | Unset):
        sequence_id (None | str | Unset):
        sequence_name (None | str | Unset):
        sequence_subscription_id (None | str | Unset):
        status (CallStatus | Unset): Current status of the call.
        has_recording (bool | Unset): Whether a recording exists (seen in real data, not documented).
        date_answered (datetime.datetime | None | Unset): When the call was answered (seen in real data, not
            documented).
        is_to_group_number (bool | Unset): Whether the call went to a group number (seen in real data, not documented).
    """

    id: str
    organization_id: str
    lead_id: None | str
    contact_id: None | str
    user_id: None | str
    created_by: None | str
    updated_by: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    direction: PhoneDirection
    disposition: CallDisposition | None
    call_method: CallMethod
    duration: int
    note: None | str
    source: str
    phone: str
    remote_phone: str
    remote_phone_formatted: str
    local_country_iso: str
    remote_country_iso: str
    recording_url: None | str
    voicemail_url: None | str
    dialer_id: None | str
    dialer_saved_search_id: None | str
    cost: None | str
    type_: Literal["Call"] | Unset = UNSET
    user_name: None | str | Unset = UNSET
    users: list[str] | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    updated_by_name: None | str | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    local_phone: None | str | Unset = UNSET
    local_phone_formatted: None | str | Unset = UNSET
    voicemail_duration: int | None | Unset = UNSET
    outcome_id: None | str | Unset = UNSET
    sequence_id: None | str | Unset = UNSET
    sequence_name: None | str | Unset = UNSET
    sequence_subscription_id: None | str | Unset = UNSET
    status: CallStatus | Unset = UNSET
    has_recording: bool | Unset = UNSET
    date_answered: datetime.datetime | None | Unset = UNSET
    is_to_group_number: bool | Unset = UNSET
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

        if not isinstance(self.lead_id, Unset):  # absent only if trimmed by _fields
            lead_id: None | str
            lead_id = self.lead_id
            field_dict["lead_id"] = lead_id

        if not isinstance(self.contact_id, Unset):  # absent only if trimmed by _fields
            contact_id: None | str
            contact_id = self.contact_id
            field_dict["contact_id"] = contact_id

        if not isinstance(self.user_id, Unset):  # absent only if trimmed by _fields
            user_id: None | str
            user_id = self.user_id
            field_dict["user_id"] = user_id

        if not isinstance(self.created_by, Unset):  # absent only if trimmed by _fields
            created_by: None | str
            created_by = self.created_by
            field_dict["created_by"] = created_by

        if not isinstance(self.updated_by, Unset):  # absent only if trimmed by _fields
            updated_by: None | str
            updated_by = self.updated_by
            field_dict["updated_by"] = updated_by

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        if not isinstance(self.direction, Unset):  # absent only if trimmed by _fields
            direction = self.direction.value
            field_dict["direction"] = direction

        if not isinstance(self.disposition, Unset):  # absent only if trimmed by _fields
            disposition: None | str
            if isinstance(self.disposition, CallDisposition):
                disposition = self.disposition.value
            else:
                disposition = self.disposition
            field_dict["disposition"] = disposition

        if not isinstance(self.call_method, Unset):  # absent only if trimmed by _fields
            call_method = self.call_method.value
            field_dict["call_method"] = call_method

        if not isinstance(self.duration, Unset):  # absent only if trimmed by _fields
            duration = self.duration
            field_dict["duration"] = duration

        if not isinstance(self.note, Unset):  # absent only if trimmed by _fields
            note: None | str
            note = self.note
            field_dict["note"] = note

        if not isinstance(self.source, Unset):  # absent only if trimmed by _fields
            source = self.source
            field_dict["source"] = source

        if not isinstance(self.phone, Unset):  # absent only if trimmed by _fields
            phone = self.phone
            field_dict["phone"] = phone

        if not isinstance(self.remote_phone, Unset):  # absent only if trimmed by _fields
            remote_phone = self.remote_phone
            field_dict["remote_phone"] = remote_phone

        if not isinstance(self.remote_phone_formatted, Unset):  # absent only if trimmed by _fields
            remote_phone_formatted = self.remote_phone_formatted
            field_dict["remote_phone_formatted"] = remote_phone_formatted

        if not isinstance(self.local_country_iso, Unset):  # absent only if trimmed by _fields
            local_country_iso = self.local_country_iso
            field_dict["local_country_iso"] = local_country_iso

        if not isinstance(self.remote_country_iso, Unset):  # absent only if trimmed by _fields
            remote_country_iso = self.remote_country_iso
            field_dict["remote_country_iso"] = remote_country_iso

        if not isinstance(self.recording_url, Unset):  # absent only if trimmed by _fields
            recording_url: None | str
            recording_url = self.recording_url
            field_dict["recording_url"] = recording_url

        if not isinstance(self.voicemail_url, Unset):  # absent only if trimmed by _fields
            voicemail_url: None | str
            voicemail_url = self.voicemail_url
            field_dict["voicemail_url"] = voicemail_url

        if not isinstance(self.dialer_id, Unset):  # absent only if trimmed by _fields
            dialer_id: None | str
            dialer_id = self.dialer_id
            field_dict["dialer_id"] = dialer_id

        if not isinstance(self.dialer_saved_search_id, Unset):  # absent only if trimmed by _fields
            dialer_saved_search_id: None | str
            dialer_saved_search_id = self.dialer_saved_search_id
            field_dict["dialer_saved_search_id"] = dialer_saved_search_id

        if not isinstance(self.cost, Unset):  # absent only if trimmed by _fields
            cost: None | str
            cost = self.cost
            field_dict["cost"] = cost

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["_type"] = type_

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        if users is not UNSET:
            field_dict["users"] = users

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name

        updated_by_name: None | str | Unset
        if isinstance(self.updated_by_name, Unset):
            updated_by_name = UNSET
        else:
            updated_by_name = self.updated_by_name
        if updated_by_name is not UNSET:
            field_dict["updated_by_name"] = updated_by_name

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at

        local_phone: None | str | Unset
        if isinstance(self.local_phone, Unset):
            local_phone = UNSET
        else:
            local_phone = self.local_phone
        if local_phone is not UNSET:
            field_dict["local_phone"] = local_phone

        local_phone_formatted: None | str | Unset
        if isinstance(self.local_phone_formatted, Unset):
            local_phone_formatted = UNSET
        else:
            local_phone_formatted = self.local_phone_formatted
        if local_phone_formatted is not UNSET:
            field_dict["local_phone_formatted"] = local_phone_formatted

        voicemail_duration: int | None | Unset
        if isinstance(self.voicemail_duration, Unset):
            voicemail_duration = UNSET
        else:
            voicemail_duration = self.voicemail_duration
        if voicemail_duration is not UNSET:
            field_dict["voicemail_duration"] = voicemail_duration

        outcome_id: None | str | Unset
        if isinstance(self.outcome_id, Unset):
            outcome_id = UNSET
        else:
            outcome_id = self.outcome_id
        if outcome_id is not UNSET:
            field_dict["outcome_id"] = outcome_id

        sequence_id: None | str | Unset
        if isinstance(self.sequence_id, Unset):
            sequence_id = UNSET
        else:
            sequence_id = self.sequence_id
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id

        sequence_name: None | str | Unset
        if isinstance(self.sequence_name, Unset):
            sequence_name = UNSET
        else:
            sequence_name = self.sequence_name
        if sequence_name is not UNSET:
            field_dict["sequence_name"] = sequence_name

        sequence_subscription_id: None | str | Unset
        if isinstance(self.sequence_subscription_id, Unset):
            sequence_subscription_id = UNSET
        else:
            sequence_subscription_id = self.sequence_subscription_id
        if sequence_subscription_id is not UNSET:
            field_dict["sequence_subscription_id"] = sequence_subscription_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status

        has_recording = self.has_recording
        if has_recording is not UNSET:
            field_dict["has_recording"] = has_recording

        date_answered: None | str | Unset
        if isinstance(self.date_answered, Unset):
            date_answered = UNSET
        elif isinstance(self.date_answered, datetime.datetime):
            date_answered = self.date_answered.isoformat()
        else:
            date_answered = self.date_answered
        if date_answered is not UNSET:
            field_dict["date_answered"] = date_answered

        is_to_group_number = self.is_to_group_number
        if is_to_group_number is not UNSET:
            field_dict["is_to_group_number"] = is_to_group_number

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return src.get("_type") == "Call"

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
            raise not_an_object("CallActivity", src_dict)
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

        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: None | str
        if isinstance(_raw_lead_id, str) or _raw_lead_id is None:
            lead_id = _raw_lead_id
        else:
            lead_id = MISSING
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: None | str
        if isinstance(_raw_contact_id, str) or _raw_contact_id is None:
            contact_id = _raw_contact_id
        else:
            contact_id = MISSING
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: None | str
        if isinstance(_raw_user_id, str) or _raw_user_id is None:
            user_id = _raw_user_id
        else:
            user_id = MISSING
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: None | str
        if isinstance(_raw_created_by, str) or _raw_created_by is None:
            created_by = _raw_created_by
        else:
            created_by = MISSING
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_updated_by = d.pop("updated_by", UNSET)
        updated_by: None | str
        if isinstance(_raw_updated_by, str) or _raw_updated_by is None:
            updated_by = _raw_updated_by
        else:
            updated_by = MISSING
            if _raw_updated_by is not UNSET:
                d["updated_by"] = _raw_updated_by

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

        _raw_direction = d.pop("direction", UNSET)
        try:
            _fits = _raw_direction is not UNSET
            if not _fits:
                raise TypeError()
            direction = PhoneDirection(_raw_direction)

        except (TypeError, ValueError, AttributeError, KeyError):
            direction = MISSING
            if _raw_direction is not UNSET:
                d["direction"] = _raw_direction

        _raw_disposition = d.pop("disposition", UNSET)
        try:
            _fits = _raw_disposition is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_disposition(data: object) -> CallDisposition | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    disposition_type_0 = CallDisposition(data)

                    return disposition_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(CallDisposition | None, data)

            disposition = _parse_disposition(_raw_disposition)

        except (TypeError, ValueError, AttributeError, KeyError):
            disposition = MISSING
            if _raw_disposition is not UNSET:
                d["disposition"] = _raw_disposition

        _raw_call_method = d.pop("call_method", UNSET)
        try:
            _fits = _raw_call_method is not UNSET
            if not _fits:
                raise TypeError()
            call_method = CallMethod(_raw_call_method)

        except (TypeError, ValueError, AttributeError, KeyError):
            call_method = MISSING
            if _raw_call_method is not UNSET:
                d["call_method"] = _raw_call_method

        _raw_duration = d.pop("duration", UNSET)
        duration: int
        if isinstance(_raw_duration, int) and not isinstance(_raw_duration, bool):
            duration = _raw_duration
        else:
            duration = MISSING
            if _raw_duration is not UNSET:
                d["duration"] = _raw_duration

        _raw_note = d.pop("note", UNSET)
        note: None | str
        if isinstance(_raw_note, str) or _raw_note is None:
            note = _raw_note
        else:
            note = MISSING
            if _raw_note is not UNSET:
                d["note"] = _raw_note

        _raw_source = d.pop("source", UNSET)
        source: str
        if isinstance(_raw_source, str):
            source = _raw_source
        else:
            source = MISSING
            if _raw_source is not UNSET:
                d["source"] = _raw_source

        _raw_phone = d.pop("phone", UNSET)
        phone: str
        if isinstance(_raw_phone, str):
            phone = _raw_phone
        else:
            phone = MISSING
            if _raw_phone is not UNSET:
                d["phone"] = _raw_phone

        _raw_remote_phone = d.pop("remote_phone", UNSET)
        remote_phone: str
        if isinstance(_raw_remote_phone, str):
            remote_phone = _raw_remote_phone
        else:
            remote_phone = MISSING
            if _raw_remote_phone is not UNSET:
                d["remote_phone"] = _raw_remote_phone

        _raw_remote_phone_formatted = d.pop("remote_phone_formatted", UNSET)
        remote_phone_formatted: str
        if isinstance(_raw_remote_phone_formatted, str):
            remote_phone_formatted = _raw_remote_phone_formatted
        else:
            remote_phone_formatted = MISSING
            if _raw_remote_phone_formatted is not UNSET:
                d["remote_phone_formatted"] = _raw_remote_phone_formatted

        _raw_local_country_iso = d.pop("local_country_iso", UNSET)
        local_country_iso: str
        if isinstance(_raw_local_country_iso, str):
            local_country_iso = _raw_local_country_iso
        else:
            local_country_iso = MISSING
            if _raw_local_country_iso is not UNSET:
                d["local_country_iso"] = _raw_local_country_iso

        _raw_remote_country_iso = d.pop("remote_country_iso", UNSET)
        remote_country_iso: str
        if isinstance(_raw_remote_country_iso, str):
            remote_country_iso = _raw_remote_country_iso
        else:
            remote_country_iso = MISSING
            if _raw_remote_country_iso is not UNSET:
                d["remote_country_iso"] = _raw_remote_country_iso

        _raw_recording_url = d.pop("recording_url", UNSET)
        recording_url: None | str
        if isinstance(_raw_recording_url, str) or _raw_recording_url is None:
            recording_url = _raw_recording_url
        else:
            recording_url = MISSING
            if _raw_recording_url is not UNSET:
                d["recording_url"] = _raw_recording_url

        _raw_voicemail_url = d.pop("voicemail_url", UNSET)
        voicemail_url: None | str
        if isinstance(_raw_voicemail_url, str) or _raw_voicemail_url is None:
            voicemail_url = _raw_voicemail_url
        else:
            voicemail_url = MISSING
            if _raw_voicemail_url is not UNSET:
                d["voicemail_url"] = _raw_voicemail_url

        _raw_dialer_id = d.pop("dialer_id", UNSET)
        dialer_id: None | str
        if isinstance(_raw_dialer_id, str) or _raw_dialer_id is None:
            dialer_id = _raw_dialer_id
        else:
            dialer_id = MISSING
            if _raw_dialer_id is not UNSET:
                d["dialer_id"] = _raw_dialer_id

        _raw_dialer_saved_search_id = d.pop("dialer_saved_search_id", UNSET)
        dialer_saved_search_id: None | str
        if isinstance(_raw_dialer_saved_search_id, str) or _raw_dialer_saved_search_id is None:
            dialer_saved_search_id = _raw_dialer_saved_search_id
        else:
            dialer_saved_search_id = MISSING
            if _raw_dialer_saved_search_id is not UNSET:
                d["dialer_saved_search_id"] = _raw_dialer_saved_search_id

        _raw_cost = d.pop("cost", UNSET)
        cost: None | str
        if isinstance(_raw_cost, str) or _raw_cost is None:
            cost = _raw_cost
        else:
            cost = MISSING
            if _raw_cost is not UNSET:
                d["cost"] = _raw_cost

        type_ = cast(Literal["Call"] | Unset, d.pop("_type", UNSET))
        if type_ != "Call" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'Call', got '{type_}'")

        _raw_user_name = d.pop("user_name", UNSET)
        user_name: None | str | Unset
        if isinstance(_raw_user_name, str) or _raw_user_name is None:
            user_name = _raw_user_name
        else:
            user_name = UNSET
            if _raw_user_name is not UNSET:
                d["user_name"] = _raw_user_name

        _raw_users = d.pop("users", UNSET)
        users: list[str] | Unset
        if isinstance(_raw_users, list) and all(isinstance(item, str) for item in _raw_users):
            users = _raw_users
        else:
            users = UNSET
            if _raw_users is not UNSET:
                d["users"] = _raw_users

        _raw_created_by_name = d.pop("created_by_name", UNSET)
        created_by_name: None | str | Unset
        if isinstance(_raw_created_by_name, str) or _raw_created_by_name is None:
            created_by_name = _raw_created_by_name
        else:
            created_by_name = UNSET
            if _raw_created_by_name is not UNSET:
                d["created_by_name"] = _raw_created_by_name

        _raw_updated_by_name = d.pop("updated_by_name", UNSET)
        updated_by_name: None | str | Unset
        if isinstance(_raw_updated_by_name, str) or _raw_updated_by_name is None:
            updated_by_name = _raw_updated_by_name
        else:
            updated_by_name = UNSET
            if _raw_updated_by_name is not UNSET:
                d["updated_by_name"] = _raw_updated_by_name

        _raw_activity_at = d.pop("activity_at", UNSET)
        try:

            def _parse_activity_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    activity_at_type_0 = parse_datetime(data)

                    return activity_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            activity_at = _parse_activity_at(_raw_activity_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            activity_at = UNSET
            if _raw_activity_at is not UNSET:
                d["activity_at"] = _raw_activity_at

        _raw_local_phone = d.pop("local_phone", UNSET)
        local_phone: None | str | Unset
        if isinstance(_raw_local_phone, str) or _raw_local_phone is None:
            local_phone = _raw_local_phone
        else:
            local_phone = UNSET
            if _raw_local_phone is not UNSET:
                d["local_phone"] = _raw_local_phone

        _raw_local_phone_formatted = d.pop("local_phone_formatted", UNSET)
        local_phone_formatted: None | str | Unset
        if isinstance(_raw_local_phone_formatted, str) or _raw_local_phone_formatted is None:
            local_phone_formatted = _raw_local_phone_formatted
        else:
            local_phone_formatted = UNSET
            if _raw_local_phone_formatted is not UNSET:
                d["local_phone_formatted"] = _raw_local_phone_formatted

        _raw_voicemail_duration = d.pop("voicemail_duration", UNSET)
        voicemail_duration: int | None | Unset
        if (
            isinstance(_raw_voicemail_duration, int)
            and not isinstance(_raw_voicemail_duration, bool)
        ) or _raw_voicemail_duration is None:
            voicemail_duration = _raw_voicemail_duration
        else:
            voicemail_duration = UNSET
            if _raw_voicemail_duration is not UNSET:
                d["voicemail_duration"] = _raw_voicemail_duration

        _raw_outcome_id = d.pop("outcome_id", UNSET)
        outcome_id: None | str | Unset
        if isinstance(_raw_outcome_id, str) or _raw_outcome_id is None:
            outcome_id = _raw_outcome_id
        else:
            outcome_id = UNSET
            if _raw_outcome_id is not UNSET:
                d["outcome_id"] = _raw_outcome_id

        _raw_sequence_id = d.pop("sequence_id", UNSET)
        sequence_id: None | str | Unset
        if isinstance(_raw_sequence_id, str) or _raw_sequence_id is None:
            sequence_id = _raw_sequence_id
        else:
            sequence_id = UNSET
            if _raw_sequence_id is not UNSET:
                d["sequence_id"] = _raw_sequence_id

        _raw_sequence_name = d.pop("sequence_name", UNSET)
        sequence_name: None | str | Unset
        if isinstance(_raw_sequence_name, str) or _raw_sequence_name is None:
            sequence_name = _raw_sequence_name
        else:
            sequence_name = UNSET
            if _raw_sequence_name is not UNSET:
                d["sequence_name"] = _raw_sequence_name

        _raw_sequence_subscription_id = d.pop("sequence_subscription_id", UNSET)
        sequence_subscription_id: None | str | Unset
        if isinstance(_raw_sequence_subscription_id, str) or _raw_sequence_subscription_id is None:
            sequence_subscription_id = _raw_sequence_subscription_id
        else:
            sequence_subscription_id = UNSET
            if _raw_sequence_subscription_id is not UNSET:
                d["sequence_subscription_id"] = _raw_sequence_subscription_id

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: CallStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = CallStatus(_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = UNSET
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_has_recording = d.pop("has_recording", UNSET)
        has_recording: bool | Unset
        if isinstance(_raw_has_recording, bool):
            has_recording = _raw_has_recording
        else:
            has_recording = UNSET
            if _raw_has_recording is not UNSET:
                d["has_recording"] = _raw_has_recording

        _raw_date_answered = d.pop("date_answered", UNSET)
        try:

            def _parse_date_answered(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    date_answered_type_0 = parse_datetime(data)

                    return date_answered_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            date_answered = _parse_date_answered(_raw_date_answered)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_answered = UNSET
            if _raw_date_answered is not UNSET:
                d["date_answered"] = _raw_date_answered

        _raw_is_to_group_number = d.pop("is_to_group_number", UNSET)
        is_to_group_number: bool | Unset
        if isinstance(_raw_is_to_group_number, bool):
            is_to_group_number = _raw_is_to_group_number
        else:
            is_to_group_number = UNSET
            if _raw_is_to_group_number is not UNSET:
                d["is_to_group_number"] = _raw_is_to_group_number

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            created_by=created_by,
            updated_by=updated_by,
            date_created=date_created,
            date_updated=date_updated,
            direction=direction,
            disposition=disposition,
            call_method=call_method,
            duration=duration,
            note=note,
            source=source,
            phone=phone,
            remote_phone=remote_phone,
            remote_phone_formatted=remote_phone_formatted,
            local_country_iso=local_country_iso,
            remote_country_iso=remote_country_iso,
            recording_url=recording_url,
            voicemail_url=voicemail_url,
            dialer_id=dialer_id,
            dialer_saved_search_id=dialer_saved_search_id,
            cost=cost,
            type_=type_,
            user_name=user_name,
            users=users,
            created_by_name=created_by_name,
            updated_by_name=updated_by_name,
            activity_at=activity_at,
            local_phone=local_phone,
            local_phone_formatted=local_phone_formatted,
            voicemail_duration=voicemail_duration,
            outcome_id=outcome_id,
            sequence_id=sequence_id,
            sequence_name=sequence_name,
            sequence_subscription_id=sequence_subscription_id,
            status=status,
            has_recording=has_recording,
            date_answered=date_answered,
            is_to_group_number=is_to_group_number,
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
