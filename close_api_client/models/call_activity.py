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
from ..types import UNSET, Unset, parse_datetime

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
        type_ (Literal['Call'] | Unset): Always `Call`.
        user_name (None | str | Unset):
        users (list[str] | Unset): Ids of the users involved.
        created_by_name (None | str | Unset):
        updated_by_name (None | str | Unset):
        activity_at (datetime.datetime | None | Unset): When the activity happened (newer field).
        direction (PhoneDirection | Unset): Direction of a call or SMS.
        disposition (CallDisposition | None | Unset):
        call_method (CallMethod | Unset): How a call was made: `regular`, via the dialer (`power`, `predictive`), or
            logged from outside Close (`external`).
        duration (int | Unset): Seconds.
        note (None | str | Unset):
        source (str | Unset): e.g. `Close.io`, `External`.
        phone (str | Unset):
        local_phone (None | str | Unset):
        local_phone_formatted (None | str | Unset):
        remote_phone (str | Unset):
        remote_phone_formatted (str | Unset):
        local_country_iso (str | Unset):
        remote_country_iso (str | Unset):
        recording_url (None | str | Unset):
        voicemail_url (None | str | Unset):
        voicemail_duration (int | None | Unset):
        dialer_id (None | str | Unset):
        dialer_saved_search_id (None | str | Unset):
        cost (None | str | Unset): US cents as a decimal string, e.g. `"2"`.
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
    type_: Literal["Call"] | Unset = UNSET
    user_name: None | str | Unset = UNSET
    users: list[str] | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    updated_by_name: None | str | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    direction: PhoneDirection | Unset = UNSET
    disposition: CallDisposition | None | Unset = UNSET
    call_method: CallMethod | Unset = UNSET
    duration: int | Unset = UNSET
    note: None | str | Unset = UNSET
    source: str | Unset = UNSET
    phone: str | Unset = UNSET
    local_phone: None | str | Unset = UNSET
    local_phone_formatted: None | str | Unset = UNSET
    remote_phone: str | Unset = UNSET
    remote_phone_formatted: str | Unset = UNSET
    local_country_iso: str | Unset = UNSET
    remote_country_iso: str | Unset = UNSET
    recording_url: None | str | Unset = UNSET
    voicemail_url: None | str | Unset = UNSET
    voicemail_duration: int | None | Unset = UNSET
    dialer_id: None | str | Unset = UNSET
    dialer_saved_search_id: None | str | Unset = UNSET
    cost: None | str | Unset = UNSET
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
        id = self.id

        organization_id = self.organization_id

        lead_id: None | str
        lead_id = self.lead_id

        contact_id: None | str
        contact_id = self.contact_id

        user_id: None | str
        user_id = self.user_id

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        type_ = self.type_

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name

        updated_by_name: None | str | Unset
        if isinstance(self.updated_by_name, Unset):
            updated_by_name = UNSET
        else:
            updated_by_name = self.updated_by_name

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        disposition: None | str | Unset
        if isinstance(self.disposition, Unset):
            disposition = UNSET
        elif isinstance(self.disposition, CallDisposition):
            disposition = self.disposition.value
        else:
            disposition = self.disposition

        call_method: str | Unset = UNSET
        if not isinstance(self.call_method, Unset):
            call_method = self.call_method.value

        duration = self.duration

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        source = self.source

        phone = self.phone

        local_phone: None | str | Unset
        if isinstance(self.local_phone, Unset):
            local_phone = UNSET
        else:
            local_phone = self.local_phone

        local_phone_formatted: None | str | Unset
        if isinstance(self.local_phone_formatted, Unset):
            local_phone_formatted = UNSET
        else:
            local_phone_formatted = self.local_phone_formatted

        remote_phone = self.remote_phone

        remote_phone_formatted = self.remote_phone_formatted

        local_country_iso = self.local_country_iso

        remote_country_iso = self.remote_country_iso

        recording_url: None | str | Unset
        if isinstance(self.recording_url, Unset):
            recording_url = UNSET
        else:
            recording_url = self.recording_url

        voicemail_url: None | str | Unset
        if isinstance(self.voicemail_url, Unset):
            voicemail_url = UNSET
        else:
            voicemail_url = self.voicemail_url

        voicemail_duration: int | None | Unset
        if isinstance(self.voicemail_duration, Unset):
            voicemail_duration = UNSET
        else:
            voicemail_duration = self.voicemail_duration

        dialer_id: None | str | Unset
        if isinstance(self.dialer_id, Unset):
            dialer_id = UNSET
        else:
            dialer_id = self.dialer_id

        dialer_saved_search_id: None | str | Unset
        if isinstance(self.dialer_saved_search_id, Unset):
            dialer_saved_search_id = UNSET
        else:
            dialer_saved_search_id = self.dialer_saved_search_id

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        outcome_id: None | str | Unset
        if isinstance(self.outcome_id, Unset):
            outcome_id = UNSET
        else:
            outcome_id = self.outcome_id

        sequence_id: None | str | Unset
        if isinstance(self.sequence_id, Unset):
            sequence_id = UNSET
        else:
            sequence_id = self.sequence_id

        sequence_name: None | str | Unset
        if isinstance(self.sequence_name, Unset):
            sequence_name = UNSET
        else:
            sequence_name = self.sequence_name

        sequence_subscription_id: None | str | Unset
        if isinstance(self.sequence_subscription_id, Unset):
            sequence_subscription_id = UNSET
        else:
            sequence_subscription_id = self.sequence_subscription_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        has_recording = self.has_recording

        date_answered: None | str | Unset
        if isinstance(self.date_answered, Unset):
            date_answered = UNSET
        elif isinstance(self.date_answered, datetime.datetime):
            date_answered = self.date_answered.isoformat()
        else:
            date_answered = self.date_answered

        is_to_group_number = self.is_to_group_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "lead_id": lead_id,
                "contact_id": contact_id,
                "user_id": user_id,
                "created_by": created_by,
                "updated_by": updated_by,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )
        if type_ is not UNSET:
            field_dict["_type"] = type_
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if users is not UNSET:
            field_dict["users"] = users
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if updated_by_name is not UNSET:
            field_dict["updated_by_name"] = updated_by_name
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if direction is not UNSET:
            field_dict["direction"] = direction
        if disposition is not UNSET:
            field_dict["disposition"] = disposition
        if call_method is not UNSET:
            field_dict["call_method"] = call_method
        if duration is not UNSET:
            field_dict["duration"] = duration
        if note is not UNSET:
            field_dict["note"] = note
        if source is not UNSET:
            field_dict["source"] = source
        if phone is not UNSET:
            field_dict["phone"] = phone
        if local_phone is not UNSET:
            field_dict["local_phone"] = local_phone
        if local_phone_formatted is not UNSET:
            field_dict["local_phone_formatted"] = local_phone_formatted
        if remote_phone is not UNSET:
            field_dict["remote_phone"] = remote_phone
        if remote_phone_formatted is not UNSET:
            field_dict["remote_phone_formatted"] = remote_phone_formatted
        if local_country_iso is not UNSET:
            field_dict["local_country_iso"] = local_country_iso
        if remote_country_iso is not UNSET:
            field_dict["remote_country_iso"] = remote_country_iso
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if voicemail_url is not UNSET:
            field_dict["voicemail_url"] = voicemail_url
        if voicemail_duration is not UNSET:
            field_dict["voicemail_duration"] = voicemail_duration
        if dialer_id is not UNSET:
            field_dict["dialer_id"] = dialer_id
        if dialer_saved_search_id is not UNSET:
            field_dict["dialer_saved_search_id"] = dialer_saved_search_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if outcome_id is not UNSET:
            field_dict["outcome_id"] = outcome_id
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id
        if sequence_name is not UNSET:
            field_dict["sequence_name"] = sequence_name
        if sequence_subscription_id is not UNSET:
            field_dict["sequence_subscription_id"] = sequence_subscription_id
        if status is not UNSET:
            field_dict["status"] = status
        if has_recording is not UNSET:
            field_dict["has_recording"] = has_recording
        if date_answered is not UNSET:
            field_dict["date_answered"] = date_answered
        if is_to_group_number is not UNSET:
            field_dict["is_to_group_number"] = is_to_group_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        def _parse_lead_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lead_id = _parse_lead_id(d.pop("lead_id"))

        def _parse_contact_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("created_by"))

        def _parse_updated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        type_ = cast(Literal["Call"] | Unset, d.pop("_type", UNSET))
        if type_ != "Call" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'Call', got '{type_}'")

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_name = _parse_user_name(d.pop("user_name", UNSET))

        users = cast(list[str], d.pop("users", UNSET))

        def _parse_created_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_name = _parse_created_by_name(d.pop("created_by_name", UNSET))

        def _parse_updated_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by_name = _parse_updated_by_name(d.pop("updated_by_name", UNSET))

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
            return cast(datetime.datetime | None | Unset, data)

        activity_at = _parse_activity_at(d.pop("activity_at", UNSET))

        _direction = d.pop("direction", UNSET)
        direction: PhoneDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = PhoneDirection(_direction)

        def _parse_disposition(data: object) -> CallDisposition | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disposition_type_0 = CallDisposition(data)

                return disposition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallDisposition | None | Unset, data)

        disposition = _parse_disposition(d.pop("disposition", UNSET))

        _call_method = d.pop("call_method", UNSET)
        call_method: CallMethod | Unset
        if isinstance(_call_method, Unset):
            call_method = UNSET
        else:
            call_method = CallMethod(_call_method)

        duration = d.pop("duration", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        source = d.pop("source", UNSET)

        phone = d.pop("phone", UNSET)

        def _parse_local_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_phone = _parse_local_phone(d.pop("local_phone", UNSET))

        def _parse_local_phone_formatted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_phone_formatted = _parse_local_phone_formatted(d.pop("local_phone_formatted", UNSET))

        remote_phone = d.pop("remote_phone", UNSET)

        remote_phone_formatted = d.pop("remote_phone_formatted", UNSET)

        local_country_iso = d.pop("local_country_iso", UNSET)

        remote_country_iso = d.pop("remote_country_iso", UNSET)

        def _parse_recording_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recording_url = _parse_recording_url(d.pop("recording_url", UNSET))

        def _parse_voicemail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voicemail_url = _parse_voicemail_url(d.pop("voicemail_url", UNSET))

        def _parse_voicemail_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        voicemail_duration = _parse_voicemail_duration(d.pop("voicemail_duration", UNSET))

        def _parse_dialer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dialer_id = _parse_dialer_id(d.pop("dialer_id", UNSET))

        def _parse_dialer_saved_search_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dialer_saved_search_id = _parse_dialer_saved_search_id(
            d.pop("dialer_saved_search_id", UNSET)
        )

        def _parse_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_outcome_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome_id = _parse_outcome_id(d.pop("outcome_id", UNSET))

        def _parse_sequence_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sequence_id = _parse_sequence_id(d.pop("sequence_id", UNSET))

        def _parse_sequence_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sequence_name = _parse_sequence_name(d.pop("sequence_name", UNSET))

        def _parse_sequence_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sequence_subscription_id = _parse_sequence_subscription_id(
            d.pop("sequence_subscription_id", UNSET)
        )

        _status = d.pop("status", UNSET)
        status: CallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CallStatus(_status)

        has_recording = d.pop("has_recording", UNSET)

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
            return cast(datetime.datetime | None | Unset, data)

        date_answered = _parse_date_answered(d.pop("date_answered", UNSET))

        is_to_group_number = d.pop("is_to_group_number", UNSET)

        call_activity = cls(
            id=id,
            organization_id=organization_id,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            created_by=created_by,
            updated_by=updated_by,
            date_created=date_created,
            date_updated=date_updated,
            type_=type_,
            user_name=user_name,
            users=users,
            created_by_name=created_by_name,
            updated_by_name=updated_by_name,
            activity_at=activity_at,
            direction=direction,
            disposition=disposition,
            call_method=call_method,
            duration=duration,
            note=note,
            source=source,
            phone=phone,
            local_phone=local_phone,
            local_phone_formatted=local_phone_formatted,
            remote_phone=remote_phone,
            remote_phone_formatted=remote_phone_formatted,
            local_country_iso=local_country_iso,
            remote_country_iso=remote_country_iso,
            recording_url=recording_url,
            voicemail_url=voicemail_url,
            voicemail_duration=voicemail_duration,
            dialer_id=dialer_id,
            dialer_saved_search_id=dialer_saved_search_id,
            cost=cost,
            outcome_id=outcome_id,
            sequence_id=sequence_id,
            sequence_name=sequence_name,
            sequence_subscription_id=sequence_subscription_id,
            status=status,
            has_recording=has_recording,
            date_answered=date_answered,
            is_to_group_number=is_to_group_number,
        )

        call_activity.additional_properties = d
        return call_activity

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
