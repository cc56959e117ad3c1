from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_source import CallSource
from ..models.phone_direction import PhoneDirection
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.call_activity_create_custom_fields_type_0 import (
        CallActivityCreateCustomFieldsType0,
    )


T = TypeVar("T", bound="CallActivityCreate")


@_attrs_define
class CallActivityCreate:
    """A call made outside Close, to log.

    Attributes:
        lead_id (str | Unset):
        contact_id (str | Unset):
        user_id (str | Unset):
        created_by (str | Unset):
        direction (PhoneDirection | Unset): Direction of a call or SMS.
        status (str | Unset): Defaults to `completed`.
        note (str | Unset):
        duration (int | Unset): Seconds.
        phone (str | Unset): The remote phone number.
        recording_url (str | Unset): An `https://` URL of the call's MP3 recording.
        activity_at (datetime.datetime | None | Unset):
        conversation_type_id (None | str | Unset):
        created_by_id (None | str | Unset):
        custom_fields (CallActivityCreateCustomFieldsType0 | None | Unset):
        date_created (datetime.datetime | None | Unset):
        note_html (None | str | Unset):
        organization_id (None | str | Unset):
        outcome_id (None | str | Unset):
        playbook_id (None | str | Unset):
        quality_info (None | str | Unset):
        source (CallSource | Unset):
        voicemail_url (None | str | Unset):
    """

    lead_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    direction: PhoneDirection | Unset = UNSET
    status: str | Unset = UNSET
    note: str | Unset = UNSET
    duration: int | Unset = UNSET
    phone: str | Unset = UNSET
    recording_url: str | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    conversation_type_id: None | str | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    custom_fields: CallActivityCreateCustomFieldsType0 | None | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    note_html: None | str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    outcome_id: None | str | Unset = UNSET
    playbook_id: None | str | Unset = UNSET
    quality_info: None | str | Unset = UNSET
    source: CallSource | Unset = UNSET
    voicemail_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_activity_create_custom_fields_type_0 import (
            CallActivityCreateCustomFieldsType0,  # noqa: PLC0415
        )

        lead_id = self.lead_id

        contact_id = self.contact_id

        user_id = self.user_id

        created_by = self.created_by

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        status = self.status

        note = self.note

        duration = self.duration

        phone = self.phone

        recording_url = self.recording_url

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at

        conversation_type_id: None | str | Unset
        if isinstance(self.conversation_type_id, Unset):
            conversation_type_id = UNSET
        else:
            conversation_type_id = self.conversation_type_id

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, CallActivityCreateCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        note_html: None | str | Unset
        if isinstance(self.note_html, Unset):
            note_html = UNSET
        else:
            note_html = self.note_html

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        outcome_id: None | str | Unset
        if isinstance(self.outcome_id, Unset):
            outcome_id = UNSET
        else:
            outcome_id = self.outcome_id

        playbook_id: None | str | Unset
        if isinstance(self.playbook_id, Unset):
            playbook_id = UNSET
        else:
            playbook_id = self.playbook_id

        quality_info: None | str | Unset
        if isinstance(self.quality_info, Unset):
            quality_info = UNSET
        else:
            quality_info = self.quality_info

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        voicemail_url: None | str | Unset
        if isinstance(self.voicemail_url, Unset):
            voicemail_url = UNSET
        else:
            voicemail_url = self.voicemail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if direction is not UNSET:
            field_dict["direction"] = direction
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note
        if duration is not UNSET:
            field_dict["duration"] = duration
        if phone is not UNSET:
            field_dict["phone"] = phone
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if conversation_type_id is not UNSET:
            field_dict["conversation_type_id"] = conversation_type_id
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if note_html is not UNSET:
            field_dict["note_html"] = note_html
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if outcome_id is not UNSET:
            field_dict["outcome_id"] = outcome_id
        if playbook_id is not UNSET:
            field_dict["playbook_id"] = playbook_id
        if quality_info is not UNSET:
            field_dict["quality_info"] = quality_info
        if source is not UNSET:
            field_dict["source"] = source
        if voicemail_url is not UNSET:
            field_dict["voicemail_url"] = voicemail_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_activity_create_custom_fields_type_0 import (
            CallActivityCreateCustomFieldsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        lead_id = d.pop("lead_id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        created_by = d.pop("created_by", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: PhoneDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = PhoneDirection(_direction)

        status = d.pop("status", UNSET)

        note = d.pop("note", UNSET)

        duration = d.pop("duration", UNSET)

        phone = d.pop("phone", UNSET)

        recording_url = d.pop("recording_url", UNSET)

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

        def _parse_conversation_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversation_type_id = _parse_conversation_type_id(d.pop("conversation_type_id", UNSET))

        def _parse_created_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id", UNSET))

        def _parse_custom_fields(
            data: object,
        ) -> CallActivityCreateCustomFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = CallActivityCreateCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallActivityCreateCustomFieldsType0 | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = parse_datetime(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        def _parse_note_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note_html = _parse_note_html(d.pop("note_html", UNSET))

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        def _parse_outcome_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome_id = _parse_outcome_id(d.pop("outcome_id", UNSET))

        def _parse_playbook_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        playbook_id = _parse_playbook_id(d.pop("playbook_id", UNSET))

        def _parse_quality_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quality_info = _parse_quality_info(d.pop("quality_info", UNSET))

        _source = d.pop("source", UNSET)
        source: CallSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = CallSource(_source)

        def _parse_voicemail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voicemail_url = _parse_voicemail_url(d.pop("voicemail_url", UNSET))

        call_activity_create = cls(
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            created_by=created_by,
            direction=direction,
            status=status,
            note=note,
            duration=duration,
            phone=phone,
            recording_url=recording_url,
            activity_at=activity_at,
            conversation_type_id=conversation_type_id,
            created_by_id=created_by_id,
            custom_fields=custom_fields,
            date_created=date_created,
            note_html=note_html,
            organization_id=organization_id,
            outcome_id=outcome_id,
            playbook_id=playbook_id,
            quality_info=quality_info,
            source=source,
            voicemail_url=voicemail_url,
        )

        call_activity_create.additional_properties = d
        return call_activity_create

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
