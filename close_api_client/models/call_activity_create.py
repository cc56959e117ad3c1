from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_source import CallSource
from ..models.phone_direction import PhoneDirection
from ..types import UNSET, Unset, not_an_object, parse_datetime

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

        contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        created_by = self.created_by
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        if direction is not UNSET:
            field_dict["direction"] = direction

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        note = self.note
        if note is not UNSET:
            field_dict["note"] = note

        duration = self.duration
        if duration is not UNSET:
            field_dict["duration"] = duration

        phone = self.phone
        if phone is not UNSET:
            field_dict["phone"] = phone

        recording_url = self.recording_url
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at

        conversation_type_id: None | str | Unset
        if isinstance(self.conversation_type_id, Unset):
            conversation_type_id = UNSET
        else:
            conversation_type_id = self.conversation_type_id
        if conversation_type_id is not UNSET:
            field_dict["conversation_type_id"] = conversation_type_id

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, CallActivityCreateCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        note_html: None | str | Unset
        if isinstance(self.note_html, Unset):
            note_html = UNSET
        else:
            note_html = self.note_html
        if note_html is not UNSET:
            field_dict["note_html"] = note_html

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        outcome_id: None | str | Unset
        if isinstance(self.outcome_id, Unset):
            outcome_id = UNSET
        else:
            outcome_id = self.outcome_id
        if outcome_id is not UNSET:
            field_dict["outcome_id"] = outcome_id

        playbook_id: None | str | Unset
        if isinstance(self.playbook_id, Unset):
            playbook_id = UNSET
        else:
            playbook_id = self.playbook_id
        if playbook_id is not UNSET:
            field_dict["playbook_id"] = playbook_id

        quality_info: None | str | Unset
        if isinstance(self.quality_info, Unset):
            quality_info = UNSET
        else:
            quality_info = self.quality_info
        if quality_info is not UNSET:
            field_dict["quality_info"] = quality_info

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        if source is not UNSET:
            field_dict["source"] = source

        voicemail_url: None | str | Unset
        if isinstance(self.voicemail_url, Unset):
            voicemail_url = UNSET
        else:
            voicemail_url = self.voicemail_url
        if voicemail_url is not UNSET:
            field_dict["voicemail_url"] = voicemail_url

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
            raise not_an_object("CallActivityCreate", src_dict)
        from ..models.call_activity_create_custom_fields_type_0 import (
            CallActivityCreateCustomFieldsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: str | Unset
        if isinstance(_raw_lead_id, str):
            lead_id = _raw_lead_id
        else:
            lead_id = UNSET
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: str | Unset
        if isinstance(_raw_contact_id, str):
            contact_id = _raw_contact_id
        else:
            contact_id = UNSET
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: str | Unset
        if isinstance(_raw_user_id, str):
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: str | Unset
        if isinstance(_raw_created_by, str):
            created_by = _raw_created_by
        else:
            created_by = UNSET
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_direction = d.pop("direction", UNSET)
        try:
            _direction = _raw_direction
            direction: PhoneDirection | Unset
            if isinstance(_direction, Unset):
                direction = UNSET
            else:
                direction = PhoneDirection(_direction)

        except (TypeError, ValueError, AttributeError, KeyError):
            direction = UNSET
            if _raw_direction is not UNSET:
                d["direction"] = _raw_direction

        _raw_status = d.pop("status", UNSET)
        status: str | Unset
        if isinstance(_raw_status, str):
            status = _raw_status
        else:
            status = UNSET
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_note = d.pop("note", UNSET)
        note: str | Unset
        if isinstance(_raw_note, str):
            note = _raw_note
        else:
            note = UNSET
            if _raw_note is not UNSET:
                d["note"] = _raw_note

        _raw_duration = d.pop("duration", UNSET)
        duration: int | Unset
        if isinstance(_raw_duration, int) and not isinstance(_raw_duration, bool):
            duration = _raw_duration
        else:
            duration = UNSET
            if _raw_duration is not UNSET:
                d["duration"] = _raw_duration

        _raw_phone = d.pop("phone", UNSET)
        phone: str | Unset
        if isinstance(_raw_phone, str):
            phone = _raw_phone
        else:
            phone = UNSET
            if _raw_phone is not UNSET:
                d["phone"] = _raw_phone

        _raw_recording_url = d.pop("recording_url", UNSET)
        recording_url: str | Unset
        if isinstance(_raw_recording_url, str):
            recording_url = _raw_recording_url
        else:
            recording_url = UNSET
            if _raw_recording_url is not UNSET:
                d["recording_url"] = _raw_recording_url

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

        _raw_conversation_type_id = d.pop("conversation_type_id", UNSET)
        conversation_type_id: None | str | Unset
        if isinstance(_raw_conversation_type_id, str) or _raw_conversation_type_id is None:
            conversation_type_id = _raw_conversation_type_id
        else:
            conversation_type_id = UNSET
            if _raw_conversation_type_id is not UNSET:
                d["conversation_type_id"] = _raw_conversation_type_id

        _raw_created_by_id = d.pop("created_by_id", UNSET)
        created_by_id: None | str | Unset
        if isinstance(_raw_created_by_id, str) or _raw_created_by_id is None:
            created_by_id = _raw_created_by_id
        else:
            created_by_id = UNSET
            if _raw_created_by_id is not UNSET:
                d["created_by_id"] = _raw_created_by_id

        _raw_custom_fields = d.pop("custom_fields", UNSET)
        try:

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
                    if not CallActivityCreateCustomFieldsType0._carries_constants(data):
                        raise TypeError()

                    custom_fields_type_0 = CallActivityCreateCustomFieldsType0.from_dict(data)

                    return custom_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(CallActivityCreateCustomFieldsType0 | None | Unset, data)

            custom_fields = _parse_custom_fields(_raw_custom_fields)

        except (TypeError, ValueError, AttributeError, KeyError):
            custom_fields = UNSET
            if _raw_custom_fields is not UNSET:
                d["custom_fields"] = _raw_custom_fields

        _raw_date_created = d.pop("date_created", UNSET)
        try:

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            date_created = _parse_date_created(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = UNSET
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_note_html = d.pop("note_html", UNSET)
        note_html: None | str | Unset
        if isinstance(_raw_note_html, str) or _raw_note_html is None:
            note_html = _raw_note_html
        else:
            note_html = UNSET
            if _raw_note_html is not UNSET:
                d["note_html"] = _raw_note_html

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: None | str | Unset
        if isinstance(_raw_organization_id, str) or _raw_organization_id is None:
            organization_id = _raw_organization_id
        else:
            organization_id = UNSET
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_outcome_id = d.pop("outcome_id", UNSET)
        outcome_id: None | str | Unset
        if isinstance(_raw_outcome_id, str) or _raw_outcome_id is None:
            outcome_id = _raw_outcome_id
        else:
            outcome_id = UNSET
            if _raw_outcome_id is not UNSET:
                d["outcome_id"] = _raw_outcome_id

        _raw_playbook_id = d.pop("playbook_id", UNSET)
        playbook_id: None | str | Unset
        if isinstance(_raw_playbook_id, str) or _raw_playbook_id is None:
            playbook_id = _raw_playbook_id
        else:
            playbook_id = UNSET
            if _raw_playbook_id is not UNSET:
                d["playbook_id"] = _raw_playbook_id

        _raw_quality_info = d.pop("quality_info", UNSET)
        quality_info: None | str | Unset
        if isinstance(_raw_quality_info, str) or _raw_quality_info is None:
            quality_info = _raw_quality_info
        else:
            quality_info = UNSET
            if _raw_quality_info is not UNSET:
                d["quality_info"] = _raw_quality_info

        _raw_source = d.pop("source", UNSET)
        try:
            _source = _raw_source
            source: CallSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = CallSource(_source)

        except (TypeError, ValueError, AttributeError, KeyError):
            source = UNSET
            if _raw_source is not UNSET:
                d["source"] = _raw_source

        _raw_voicemail_url = d.pop("voicemail_url", UNSET)
        voicemail_url: None | str | Unset
        if isinstance(_raw_voicemail_url, str) or _raw_voicemail_url is None:
            voicemail_url = _raw_voicemail_url
        else:
            voicemail_url = UNSET
            if _raw_voicemail_url is not UNSET:
                d["voicemail_url"] = _raw_voicemail_url

        parsed_obj = cls(
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
