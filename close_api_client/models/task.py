from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_value_period import OpportunityValuePeriod
from ..models.task_type import TaskType
from ..models.task_view import TaskView
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """An action item with a `date` (a date such as `2015-01-05`, or a date-time), assigned to
    a user. Besides the common fields each `_type` adds its own: `emails`, `subject`,
    `body_preview` (incoming_email, email_followup with `email_id`), `phone`, `local_phone`
    (calls; `voicemail_duration`, `voicemail_url` for voicemails), `opportunity_*`
    (opportunity_due), `remote_phone*` and `text` (incoming_sms).

        Attributes:
            id (str):
            type_ (TaskType): The kind of a task. Only `lead` tasks are created through the API; the others come
                from emails, calls, SMS and opportunities (see `object_type` / `object_id`).
            organization_id (str):
            lead_id (None | str):
            lead_name (None | str):
            contact_id (None | str):
            contact_name (None | str):
            assigned_to (str):
            assigned_to_name (str):
            date (None | str): A date (`2015-01-05`) or a date-time (`2015-01-10T05:00:00+00:00`); null for a task without
                one.
            is_complete (bool):
            object_type (None | str): The type of the object behind the task (`emailthread`, `call`, `opportunity`, `sms`),
                null for `lead` tasks.
            object_id (None | str):
            created_by (None | str):
            created_by_name (None | str):
            updated_by (None | str):
            updated_by_name (None | str):
            date_created (datetime.datetime):
            date_updated (datetime.datetime):
            view (TaskView | Unset): A task view: `inbox`, `future` or `archive`.
            text (str | Unset):
            due_date (None | str | Unset): Deprecated; use `date`.
            is_dateless (bool | None | Unset):
            emails (list[str] | Unset): Email activity ids of an incoming_email task.
            email_id (str | Unset): The email to follow up on (email_followup).
            subject (str | Unset):
            body_preview (str | Unset):
            phone (str | Unset): The remote party's number (call tasks).
            phone_formatted (str | Unset):
            phone_number_description (str | Unset):
            local_phone (str | Unset): The organization's number that was called or texted.
            recording_url (str | Unset):
            voicemail_duration (int | Unset): In seconds.
            voicemail_url (str | Unset):
            remote_phone (str | Unset): The sender's number (incoming_sms).
            remote_phone_formatted (str | Unset):
            remote_phone_description (str | Unset):
            opportunity_value (int | None | Unset): In cents (opportunity_due).
            opportunity_value_period (OpportunityValuePeriod | Unset): How often an opportunity's value recurs.
            opportunity_value_formatted (None | str | Unset):
            opportunity_value_currency (None | str | Unset):
            opportunity_note (None | str | Unset):
    """

    id: str
    type_: TaskType
    organization_id: str
    lead_id: None | str
    lead_name: None | str
    contact_id: None | str
    contact_name: None | str
    assigned_to: str
    assigned_to_name: str
    date: None | str
    is_complete: bool
    object_type: None | str
    object_id: None | str
    created_by: None | str
    created_by_name: None | str
    updated_by: None | str
    updated_by_name: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    view: TaskView | Unset = UNSET
    text: str | Unset = UNSET
    due_date: None | str | Unset = UNSET
    is_dateless: bool | None | Unset = UNSET
    emails: list[str] | Unset = UNSET
    email_id: str | Unset = UNSET
    subject: str | Unset = UNSET
    body_preview: str | Unset = UNSET
    phone: str | Unset = UNSET
    phone_formatted: str | Unset = UNSET
    phone_number_description: str | Unset = UNSET
    local_phone: str | Unset = UNSET
    recording_url: str | Unset = UNSET
    voicemail_duration: int | Unset = UNSET
    voicemail_url: str | Unset = UNSET
    remote_phone: str | Unset = UNSET
    remote_phone_formatted: str | Unset = UNSET
    remote_phone_description: str | Unset = UNSET
    opportunity_value: int | None | Unset = UNSET
    opportunity_value_period: OpportunityValuePeriod | Unset = UNSET
    opportunity_value_formatted: None | str | Unset = UNSET
    opportunity_value_currency: None | str | Unset = UNSET
    opportunity_note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_.value
            field_dict["_type"] = type_

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        if not isinstance(self.lead_id, Unset):  # absent only if trimmed by _fields
            lead_id: None | str
            lead_id = self.lead_id
            field_dict["lead_id"] = lead_id

        if not isinstance(self.lead_name, Unset):  # absent only if trimmed by _fields
            lead_name: None | str
            lead_name = self.lead_name
            field_dict["lead_name"] = lead_name

        if not isinstance(self.contact_id, Unset):  # absent only if trimmed by _fields
            contact_id: None | str
            contact_id = self.contact_id
            field_dict["contact_id"] = contact_id

        if not isinstance(self.contact_name, Unset):  # absent only if trimmed by _fields
            contact_name: None | str
            contact_name = self.contact_name
            field_dict["contact_name"] = contact_name

        if not isinstance(self.assigned_to, Unset):  # absent only if trimmed by _fields
            assigned_to = self.assigned_to
            field_dict["assigned_to"] = assigned_to

        if not isinstance(self.assigned_to_name, Unset):  # absent only if trimmed by _fields
            assigned_to_name = self.assigned_to_name
            field_dict["assigned_to_name"] = assigned_to_name

        if not isinstance(self.date, Unset):  # absent only if trimmed by _fields
            date: None | str
            date = self.date
            field_dict["date"] = date

        if not isinstance(self.is_complete, Unset):  # absent only if trimmed by _fields
            is_complete = self.is_complete
            field_dict["is_complete"] = is_complete

        if not isinstance(self.object_type, Unset):  # absent only if trimmed by _fields
            object_type: None | str
            object_type = self.object_type
            field_dict["object_type"] = object_type

        if not isinstance(self.object_id, Unset):  # absent only if trimmed by _fields
            object_id: None | str
            object_id = self.object_id
            field_dict["object_id"] = object_id

        if not isinstance(self.created_by, Unset):  # absent only if trimmed by _fields
            created_by: None | str
            created_by = self.created_by
            field_dict["created_by"] = created_by

        if not isinstance(self.created_by_name, Unset):  # absent only if trimmed by _fields
            created_by_name: None | str
            created_by_name = self.created_by_name
            field_dict["created_by_name"] = created_by_name

        if not isinstance(self.updated_by, Unset):  # absent only if trimmed by _fields
            updated_by: None | str
            updated_by = self.updated_by
            field_dict["updated_by"] = updated_by

        if not isinstance(self.updated_by_name, Unset):  # absent only if trimmed by _fields
            updated_by_name: None | str
            updated_by_name = self.updated_by_name
            field_dict["updated_by_name"] = updated_by_name

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        view: str | Unset = UNSET
        if not isinstance(self.view, Unset):
            view = self.view.value

        if view is not UNSET:
            field_dict["view"] = view

        text = self.text
        if text is not UNSET:
            field_dict["text"] = text

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        else:
            due_date = self.due_date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date

        is_dateless: bool | None | Unset
        if isinstance(self.is_dateless, Unset):
            is_dateless = UNSET
        else:
            is_dateless = self.is_dateless
        if is_dateless is not UNSET:
            field_dict["is_dateless"] = is_dateless

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        if emails is not UNSET:
            field_dict["emails"] = emails

        email_id = self.email_id
        if email_id is not UNSET:
            field_dict["email_id"] = email_id

        subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject

        body_preview = self.body_preview
        if body_preview is not UNSET:
            field_dict["body_preview"] = body_preview

        phone = self.phone
        if phone is not UNSET:
            field_dict["phone"] = phone

        phone_formatted = self.phone_formatted
        if phone_formatted is not UNSET:
            field_dict["phone_formatted"] = phone_formatted

        phone_number_description = self.phone_number_description
        if phone_number_description is not UNSET:
            field_dict["phone_number_description"] = phone_number_description

        local_phone = self.local_phone
        if local_phone is not UNSET:
            field_dict["local_phone"] = local_phone

        recording_url = self.recording_url
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url

        voicemail_duration = self.voicemail_duration
        if voicemail_duration is not UNSET:
            field_dict["voicemail_duration"] = voicemail_duration

        voicemail_url = self.voicemail_url
        if voicemail_url is not UNSET:
            field_dict["voicemail_url"] = voicemail_url

        remote_phone = self.remote_phone
        if remote_phone is not UNSET:
            field_dict["remote_phone"] = remote_phone

        remote_phone_formatted = self.remote_phone_formatted
        if remote_phone_formatted is not UNSET:
            field_dict["remote_phone_formatted"] = remote_phone_formatted

        remote_phone_description = self.remote_phone_description
        if remote_phone_description is not UNSET:
            field_dict["remote_phone_description"] = remote_phone_description

        opportunity_value: int | None | Unset
        if isinstance(self.opportunity_value, Unset):
            opportunity_value = UNSET
        else:
            opportunity_value = self.opportunity_value
        if opportunity_value is not UNSET:
            field_dict["opportunity_value"] = opportunity_value

        opportunity_value_period: str | Unset = UNSET
        if not isinstance(self.opportunity_value_period, Unset):
            opportunity_value_period = self.opportunity_value_period.value

        if opportunity_value_period is not UNSET:
            field_dict["opportunity_value_period"] = opportunity_value_period

        opportunity_value_formatted: None | str | Unset
        if isinstance(self.opportunity_value_formatted, Unset):
            opportunity_value_formatted = UNSET
        else:
            opportunity_value_formatted = self.opportunity_value_formatted
        if opportunity_value_formatted is not UNSET:
            field_dict["opportunity_value_formatted"] = opportunity_value_formatted

        opportunity_value_currency: None | str | Unset
        if isinstance(self.opportunity_value_currency, Unset):
            opportunity_value_currency = UNSET
        else:
            opportunity_value_currency = self.opportunity_value_currency
        if opportunity_value_currency is not UNSET:
            field_dict["opportunity_value_currency"] = opportunity_value_currency

        opportunity_note: None | str | Unset
        if isinstance(self.opportunity_note, Unset):
            opportunity_note = UNSET
        else:
            opportunity_note = self.opportunity_note
        if opportunity_note is not UNSET:
            field_dict["opportunity_note"] = opportunity_note

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
            raise not_an_object("Task", src_dict)
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_type_ = d.pop("_type", UNSET)
        try:
            _fits = _raw_type_ is not UNSET
            if not _fits:
                raise TypeError()
            type_ = TaskType(_raw_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["_type"] = _raw_type_

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

        _raw_lead_name = d.pop("lead_name", UNSET)
        lead_name: None | str
        if isinstance(_raw_lead_name, str) or _raw_lead_name is None:
            lead_name = _raw_lead_name
        else:
            lead_name = MISSING
            if _raw_lead_name is not UNSET:
                d["lead_name"] = _raw_lead_name

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: None | str
        if isinstance(_raw_contact_id, str) or _raw_contact_id is None:
            contact_id = _raw_contact_id
        else:
            contact_id = MISSING
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_contact_name = d.pop("contact_name", UNSET)
        contact_name: None | str
        if isinstance(_raw_contact_name, str) or _raw_contact_name is None:
            contact_name = _raw_contact_name
        else:
            contact_name = MISSING
            if _raw_contact_name is not UNSET:
                d["contact_name"] = _raw_contact_name

        _raw_assigned_to = d.pop("assigned_to", UNSET)
        assigned_to: str
        if isinstance(_raw_assigned_to, str):
            assigned_to = _raw_assigned_to
        else:
            assigned_to = MISSING
            if _raw_assigned_to is not UNSET:
                d["assigned_to"] = _raw_assigned_to

        _raw_assigned_to_name = d.pop("assigned_to_name", UNSET)
        assigned_to_name: str
        if isinstance(_raw_assigned_to_name, str):
            assigned_to_name = _raw_assigned_to_name
        else:
            assigned_to_name = MISSING
            if _raw_assigned_to_name is not UNSET:
                d["assigned_to_name"] = _raw_assigned_to_name

        _raw_date = d.pop("date", UNSET)
        date: None | str
        if isinstance(_raw_date, str) or _raw_date is None:
            date = _raw_date
        else:
            date = MISSING
            if _raw_date is not UNSET:
                d["date"] = _raw_date

        _raw_is_complete = d.pop("is_complete", UNSET)
        is_complete: bool
        if isinstance(_raw_is_complete, bool):
            is_complete = _raw_is_complete
        else:
            is_complete = MISSING
            if _raw_is_complete is not UNSET:
                d["is_complete"] = _raw_is_complete

        _raw_object_type = d.pop("object_type", UNSET)
        object_type: None | str
        if isinstance(_raw_object_type, str) or _raw_object_type is None:
            object_type = _raw_object_type
        else:
            object_type = MISSING
            if _raw_object_type is not UNSET:
                d["object_type"] = _raw_object_type

        _raw_object_id = d.pop("object_id", UNSET)
        object_id: None | str
        if isinstance(_raw_object_id, str) or _raw_object_id is None:
            object_id = _raw_object_id
        else:
            object_id = MISSING
            if _raw_object_id is not UNSET:
                d["object_id"] = _raw_object_id

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: None | str
        if isinstance(_raw_created_by, str) or _raw_created_by is None:
            created_by = _raw_created_by
        else:
            created_by = MISSING
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_created_by_name = d.pop("created_by_name", UNSET)
        created_by_name: None | str
        if isinstance(_raw_created_by_name, str) or _raw_created_by_name is None:
            created_by_name = _raw_created_by_name
        else:
            created_by_name = MISSING
            if _raw_created_by_name is not UNSET:
                d["created_by_name"] = _raw_created_by_name

        _raw_updated_by = d.pop("updated_by", UNSET)
        updated_by: None | str
        if isinstance(_raw_updated_by, str) or _raw_updated_by is None:
            updated_by = _raw_updated_by
        else:
            updated_by = MISSING
            if _raw_updated_by is not UNSET:
                d["updated_by"] = _raw_updated_by

        _raw_updated_by_name = d.pop("updated_by_name", UNSET)
        updated_by_name: None | str
        if isinstance(_raw_updated_by_name, str) or _raw_updated_by_name is None:
            updated_by_name = _raw_updated_by_name
        else:
            updated_by_name = MISSING
            if _raw_updated_by_name is not UNSET:
                d["updated_by_name"] = _raw_updated_by_name

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

        _raw_view = d.pop("view", UNSET)
        try:
            _view = _raw_view
            view: TaskView | Unset
            if isinstance(_view, Unset):
                view = UNSET
            else:
                view = TaskView(_view)

        except (TypeError, ValueError, AttributeError, KeyError):
            view = UNSET
            if _raw_view is not UNSET:
                d["view"] = _raw_view

        _raw_text = d.pop("text", UNSET)
        text: str | Unset
        if isinstance(_raw_text, str):
            text = _raw_text
        else:
            text = UNSET
            if _raw_text is not UNSET:
                d["text"] = _raw_text

        _raw_due_date = d.pop("due_date", UNSET)
        due_date: None | str | Unset
        if isinstance(_raw_due_date, str) or _raw_due_date is None:
            due_date = _raw_due_date
        else:
            due_date = UNSET
            if _raw_due_date is not UNSET:
                d["due_date"] = _raw_due_date

        _raw_is_dateless = d.pop("is_dateless", UNSET)
        is_dateless: bool | None | Unset
        if isinstance(_raw_is_dateless, bool) or _raw_is_dateless is None:
            is_dateless = _raw_is_dateless
        else:
            is_dateless = UNSET
            if _raw_is_dateless is not UNSET:
                d["is_dateless"] = _raw_is_dateless

        _raw_emails = d.pop("emails", UNSET)
        emails: list[str] | Unset
        if isinstance(_raw_emails, list) and all(isinstance(item, str) for item in _raw_emails):
            emails = _raw_emails
        else:
            emails = UNSET
            if _raw_emails is not UNSET:
                d["emails"] = _raw_emails

        _raw_email_id = d.pop("email_id", UNSET)
        email_id: str | Unset
        if isinstance(_raw_email_id, str):
            email_id = _raw_email_id
        else:
            email_id = UNSET
            if _raw_email_id is not UNSET:
                d["email_id"] = _raw_email_id

        _raw_subject = d.pop("subject", UNSET)
        subject: str | Unset
        if isinstance(_raw_subject, str):
            subject = _raw_subject
        else:
            subject = UNSET
            if _raw_subject is not UNSET:
                d["subject"] = _raw_subject

        _raw_body_preview = d.pop("body_preview", UNSET)
        body_preview: str | Unset
        if isinstance(_raw_body_preview, str):
            body_preview = _raw_body_preview
        else:
            body_preview = UNSET
            if _raw_body_preview is not UNSET:
                d["body_preview"] = _raw_body_preview

        _raw_phone = d.pop("phone", UNSET)
        phone: str | Unset
        if isinstance(_raw_phone, str):
            phone = _raw_phone
        else:
            phone = UNSET
            if _raw_phone is not UNSET:
                d["phone"] = _raw_phone

        _raw_phone_formatted = d.pop("phone_formatted", UNSET)
        phone_formatted: str | Unset
        if isinstance(_raw_phone_formatted, str):
            phone_formatted = _raw_phone_formatted
        else:
            phone_formatted = UNSET
            if _raw_phone_formatted is not UNSET:
                d["phone_formatted"] = _raw_phone_formatted

        _raw_phone_number_description = d.pop("phone_number_description", UNSET)
        phone_number_description: str | Unset
        if isinstance(_raw_phone_number_description, str):
            phone_number_description = _raw_phone_number_description
        else:
            phone_number_description = UNSET
            if _raw_phone_number_description is not UNSET:
                d["phone_number_description"] = _raw_phone_number_description

        _raw_local_phone = d.pop("local_phone", UNSET)
        local_phone: str | Unset
        if isinstance(_raw_local_phone, str):
            local_phone = _raw_local_phone
        else:
            local_phone = UNSET
            if _raw_local_phone is not UNSET:
                d["local_phone"] = _raw_local_phone

        _raw_recording_url = d.pop("recording_url", UNSET)
        recording_url: str | Unset
        if isinstance(_raw_recording_url, str):
            recording_url = _raw_recording_url
        else:
            recording_url = UNSET
            if _raw_recording_url is not UNSET:
                d["recording_url"] = _raw_recording_url

        _raw_voicemail_duration = d.pop("voicemail_duration", UNSET)
        voicemail_duration: int | Unset
        if isinstance(_raw_voicemail_duration, int) and not isinstance(
            _raw_voicemail_duration, bool
        ):
            voicemail_duration = _raw_voicemail_duration
        else:
            voicemail_duration = UNSET
            if _raw_voicemail_duration is not UNSET:
                d["voicemail_duration"] = _raw_voicemail_duration

        _raw_voicemail_url = d.pop("voicemail_url", UNSET)
        voicemail_url: str | Unset
        if isinstance(_raw_voicemail_url, str):
            voicemail_url = _raw_voicemail_url
        else:
            voicemail_url = UNSET
            if _raw_voicemail_url is not UNSET:
                d["voicemail_url"] = _raw_voicemail_url

        _raw_remote_phone = d.pop("remote_phone", UNSET)
        remote_phone: str | Unset
        if isinstance(_raw_remote_phone, str):
            remote_phone = _raw_remote_phone
        else:
            remote_phone = UNSET
            if _raw_remote_phone is not UNSET:
                d["remote_phone"] = _raw_remote_phone

        _raw_remote_phone_formatted = d.pop("remote_phone_formatted", UNSET)
        remote_phone_formatted: str | Unset
        if isinstance(_raw_remote_phone_formatted, str):
            remote_phone_formatted = _raw_remote_phone_formatted
        else:
            remote_phone_formatted = UNSET
            if _raw_remote_phone_formatted is not UNSET:
                d["remote_phone_formatted"] = _raw_remote_phone_formatted

        _raw_remote_phone_description = d.pop("remote_phone_description", UNSET)
        remote_phone_description: str | Unset
        if isinstance(_raw_remote_phone_description, str):
            remote_phone_description = _raw_remote_phone_description
        else:
            remote_phone_description = UNSET
            if _raw_remote_phone_description is not UNSET:
                d["remote_phone_description"] = _raw_remote_phone_description

        _raw_opportunity_value = d.pop("opportunity_value", UNSET)
        opportunity_value: int | None | Unset
        if (
            isinstance(_raw_opportunity_value, int) and not isinstance(_raw_opportunity_value, bool)
        ) or _raw_opportunity_value is None:
            opportunity_value = _raw_opportunity_value
        else:
            opportunity_value = UNSET
            if _raw_opportunity_value is not UNSET:
                d["opportunity_value"] = _raw_opportunity_value

        _raw_opportunity_value_period = d.pop("opportunity_value_period", UNSET)
        try:
            _opportunity_value_period = _raw_opportunity_value_period
            opportunity_value_period: OpportunityValuePeriod | Unset
            if isinstance(_opportunity_value_period, Unset):
                opportunity_value_period = UNSET
            else:
                opportunity_value_period = OpportunityValuePeriod(_opportunity_value_period)

        except (TypeError, ValueError, AttributeError, KeyError):
            opportunity_value_period = UNSET
            if _raw_opportunity_value_period is not UNSET:
                d["opportunity_value_period"] = _raw_opportunity_value_period

        _raw_opportunity_value_formatted = d.pop("opportunity_value_formatted", UNSET)
        opportunity_value_formatted: None | str | Unset
        if (
            isinstance(_raw_opportunity_value_formatted, str)
            or _raw_opportunity_value_formatted is None
        ):
            opportunity_value_formatted = _raw_opportunity_value_formatted
        else:
            opportunity_value_formatted = UNSET
            if _raw_opportunity_value_formatted is not UNSET:
                d["opportunity_value_formatted"] = _raw_opportunity_value_formatted

        _raw_opportunity_value_currency = d.pop("opportunity_value_currency", UNSET)
        opportunity_value_currency: None | str | Unset
        if (
            isinstance(_raw_opportunity_value_currency, str)
            or _raw_opportunity_value_currency is None
        ):
            opportunity_value_currency = _raw_opportunity_value_currency
        else:
            opportunity_value_currency = UNSET
            if _raw_opportunity_value_currency is not UNSET:
                d["opportunity_value_currency"] = _raw_opportunity_value_currency

        _raw_opportunity_note = d.pop("opportunity_note", UNSET)
        opportunity_note: None | str | Unset
        if isinstance(_raw_opportunity_note, str) or _raw_opportunity_note is None:
            opportunity_note = _raw_opportunity_note
        else:
            opportunity_note = UNSET
            if _raw_opportunity_note is not UNSET:
                d["opportunity_note"] = _raw_opportunity_note

        parsed_obj = cls(
            id=id,
            type_=type_,
            organization_id=organization_id,
            lead_id=lead_id,
            lead_name=lead_name,
            contact_id=contact_id,
            contact_name=contact_name,
            assigned_to=assigned_to,
            assigned_to_name=assigned_to_name,
            date=date,
            is_complete=is_complete,
            object_type=object_type,
            object_id=object_id,
            created_by=created_by,
            created_by_name=created_by_name,
            updated_by=updated_by,
            updated_by_name=updated_by_name,
            date_created=date_created,
            date_updated=date_updated,
            view=view,
            text=text,
            due_date=due_date,
            is_dateless=is_dateless,
            emails=emails,
            email_id=email_id,
            subject=subject,
            body_preview=body_preview,
            phone=phone,
            phone_formatted=phone_formatted,
            phone_number_description=phone_number_description,
            local_phone=local_phone,
            recording_url=recording_url,
            voicemail_duration=voicemail_duration,
            voicemail_url=voicemail_url,
            remote_phone=remote_phone,
            remote_phone_formatted=remote_phone_formatted,
            remote_phone_description=remote_phone_description,
            opportunity_value=opportunity_value,
            opportunity_value_period=opportunity_value_period,
            opportunity_value_formatted=opportunity_value_formatted,
            opportunity_value_currency=opportunity_value_currency,
            opportunity_note=opportunity_note,
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
