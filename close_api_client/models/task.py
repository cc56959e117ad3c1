from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_value_period import OpportunityValuePeriod
from ..models.task_type import TaskType
from ..models.task_view import TaskView
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """An action item with a `date` (a date such as `2015-01-05`, or a date-time), assigned to
    a user. Besides the common fields each `_type` adds its own: `emails`, `subject`,
    `body_preview` (incoming_email, email_followup with `email_id`), `phone`, `local_phone`
    (calls; `voicemail_duration`, `voicemail_url` for voicemails), `opportunity_*`
    (opportunity_due), `remote_phone*` and `text` (incoming_sms).

        Attributes:
            id (str | Unset):
            type_ (TaskType | Unset): The kind of a task. Only `lead` tasks are created through the API; the others come
                from emails, calls, SMS and opportunities (see `object_type` / `object_id`).
            view (TaskView | Unset): A task view: `inbox`, `future` or `archive`.
            organization_id (str | Unset):
            lead_id (None | str | Unset):
            lead_name (None | str | Unset):
            contact_id (None | str | Unset):
            contact_name (None | str | Unset):
            assigned_to (str | Unset):
            assigned_to_name (str | Unset):
            text (str | Unset):
            date (None | str | Unset): A date (`2015-01-05`) or a date-time (`2015-01-10T05:00:00+00:00`); null for a task
                without one.
            due_date (None | str | Unset): Deprecated; use `date`.
            is_complete (bool | Unset):
            is_dateless (bool | None | Unset):
            object_type (None | str | Unset): The type of the object behind the task (`emailthread`, `call`, `opportunity`,
                `sms`), null for `lead` tasks.
            object_id (None | str | Unset):
            created_by (None | str | Unset):
            created_by_name (None | str | Unset):
            updated_by (None | str | Unset):
            updated_by_name (None | str | Unset):
            date_created (datetime.datetime | Unset):
            date_updated (datetime.datetime | Unset):
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

    id: str | Unset = UNSET
    type_: TaskType | Unset = UNSET
    view: TaskView | Unset = UNSET
    organization_id: str | Unset = UNSET
    lead_id: None | str | Unset = UNSET
    lead_name: None | str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    assigned_to: str | Unset = UNSET
    assigned_to_name: str | Unset = UNSET
    text: str | Unset = UNSET
    date: None | str | Unset = UNSET
    due_date: None | str | Unset = UNSET
    is_complete: bool | Unset = UNSET
    is_dateless: bool | None | Unset = UNSET
    object_type: None | str | Unset = UNSET
    object_id: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    updated_by_name: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
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
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        view: str | Unset = UNSET
        if not isinstance(self.view, Unset):
            view = self.view.value

        organization_id = self.organization_id

        lead_id: None | str | Unset
        if isinstance(self.lead_id, Unset):
            lead_id = UNSET
        else:
            lead_id = self.lead_id

        lead_name: None | str | Unset
        if isinstance(self.lead_name, Unset):
            lead_name = UNSET
        else:
            lead_name = self.lead_name

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        assigned_to = self.assigned_to

        assigned_to_name = self.assigned_to_name

        text = self.text

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        else:
            due_date = self.due_date

        is_complete = self.is_complete

        is_dateless: bool | None | Unset
        if isinstance(self.is_dateless, Unset):
            is_dateless = UNSET
        else:
            is_dateless = self.is_dateless

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        updated_by_name: None | str | Unset
        if isinstance(self.updated_by_name, Unset):
            updated_by_name = UNSET
        else:
            updated_by_name = self.updated_by_name

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        email_id = self.email_id

        subject = self.subject

        body_preview = self.body_preview

        phone = self.phone

        phone_formatted = self.phone_formatted

        phone_number_description = self.phone_number_description

        local_phone = self.local_phone

        recording_url = self.recording_url

        voicemail_duration = self.voicemail_duration

        voicemail_url = self.voicemail_url

        remote_phone = self.remote_phone

        remote_phone_formatted = self.remote_phone_formatted

        remote_phone_description = self.remote_phone_description

        opportunity_value: int | None | Unset
        if isinstance(self.opportunity_value, Unset):
            opportunity_value = UNSET
        else:
            opportunity_value = self.opportunity_value

        opportunity_value_period: str | Unset = UNSET
        if not isinstance(self.opportunity_value_period, Unset):
            opportunity_value_period = self.opportunity_value_period.value

        opportunity_value_formatted: None | str | Unset
        if isinstance(self.opportunity_value_formatted, Unset):
            opportunity_value_formatted = UNSET
        else:
            opportunity_value_formatted = self.opportunity_value_formatted

        opportunity_value_currency: None | str | Unset
        if isinstance(self.opportunity_value_currency, Unset):
            opportunity_value_currency = UNSET
        else:
            opportunity_value_currency = self.opportunity_value_currency

        opportunity_note: None | str | Unset
        if isinstance(self.opportunity_note, Unset):
            opportunity_note = UNSET
        else:
            opportunity_note = self.opportunity_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["_type"] = type_
        if view is not UNSET:
            field_dict["view"] = view
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if lead_name is not UNSET:
            field_dict["lead_name"] = lead_name
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if assigned_to_name is not UNSET:
            field_dict["assigned_to_name"] = assigned_to_name
        if text is not UNSET:
            field_dict["text"] = text
        if date is not UNSET:
            field_dict["date"] = date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if is_complete is not UNSET:
            field_dict["is_complete"] = is_complete
        if is_dateless is not UNSET:
            field_dict["is_dateless"] = is_dateless
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if updated_by_name is not UNSET:
            field_dict["updated_by_name"] = updated_by_name
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if emails is not UNSET:
            field_dict["emails"] = emails
        if email_id is not UNSET:
            field_dict["email_id"] = email_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body_preview is not UNSET:
            field_dict["body_preview"] = body_preview
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_formatted is not UNSET:
            field_dict["phone_formatted"] = phone_formatted
        if phone_number_description is not UNSET:
            field_dict["phone_number_description"] = phone_number_description
        if local_phone is not UNSET:
            field_dict["local_phone"] = local_phone
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if voicemail_duration is not UNSET:
            field_dict["voicemail_duration"] = voicemail_duration
        if voicemail_url is not UNSET:
            field_dict["voicemail_url"] = voicemail_url
        if remote_phone is not UNSET:
            field_dict["remote_phone"] = remote_phone
        if remote_phone_formatted is not UNSET:
            field_dict["remote_phone_formatted"] = remote_phone_formatted
        if remote_phone_description is not UNSET:
            field_dict["remote_phone_description"] = remote_phone_description
        if opportunity_value is not UNSET:
            field_dict["opportunity_value"] = opportunity_value
        if opportunity_value_period is not UNSET:
            field_dict["opportunity_value_period"] = opportunity_value_period
        if opportunity_value_formatted is not UNSET:
            field_dict["opportunity_value_formatted"] = opportunity_value_formatted
        if opportunity_value_currency is not UNSET:
            field_dict["opportunity_value_currency"] = opportunity_value_currency
        if opportunity_note is not UNSET:
            field_dict["opportunity_note"] = opportunity_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("_type", UNSET)
        type_: TaskType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TaskType(_type_)

        _view = d.pop("view", UNSET)
        view: TaskView | Unset
        if isinstance(_view, Unset):
            view = UNSET
        else:
            view = TaskView(_view)

        organization_id = d.pop("organization_id", UNSET)

        def _parse_lead_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_id = _parse_lead_id(d.pop("lead_id", UNSET))

        def _parse_lead_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_name = _parse_lead_name(d.pop("lead_name", UNSET))

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contact_name", UNSET))

        assigned_to = d.pop("assigned_to", UNSET)

        assigned_to_name = d.pop("assigned_to_name", UNSET)

        text = d.pop("text", UNSET)

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_due_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        is_complete = d.pop("is_complete", UNSET)

        def _parse_is_dateless(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_dateless = _parse_is_dateless(d.pop("is_dateless", UNSET))

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_object_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_id = _parse_object_id(d.pop("object_id", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_created_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_name = _parse_created_by_name(d.pop("created_by_name", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        def _parse_updated_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by_name = _parse_updated_by_name(d.pop("updated_by_name", UNSET))

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        _date_updated = d.pop("date_updated", UNSET)
        date_updated: datetime.datetime | Unset
        if isinstance(_date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = parse_datetime(_date_updated)

        emails = cast(list[str], d.pop("emails", UNSET))

        email_id = d.pop("email_id", UNSET)

        subject = d.pop("subject", UNSET)

        body_preview = d.pop("body_preview", UNSET)

        phone = d.pop("phone", UNSET)

        phone_formatted = d.pop("phone_formatted", UNSET)

        phone_number_description = d.pop("phone_number_description", UNSET)

        local_phone = d.pop("local_phone", UNSET)

        recording_url = d.pop("recording_url", UNSET)

        voicemail_duration = d.pop("voicemail_duration", UNSET)

        voicemail_url = d.pop("voicemail_url", UNSET)

        remote_phone = d.pop("remote_phone", UNSET)

        remote_phone_formatted = d.pop("remote_phone_formatted", UNSET)

        remote_phone_description = d.pop("remote_phone_description", UNSET)

        def _parse_opportunity_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        opportunity_value = _parse_opportunity_value(d.pop("opportunity_value", UNSET))

        _opportunity_value_period = d.pop("opportunity_value_period", UNSET)
        opportunity_value_period: OpportunityValuePeriod | Unset
        if isinstance(_opportunity_value_period, Unset):
            opportunity_value_period = UNSET
        else:
            opportunity_value_period = OpportunityValuePeriod(_opportunity_value_period)

        def _parse_opportunity_value_formatted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opportunity_value_formatted = _parse_opportunity_value_formatted(
            d.pop("opportunity_value_formatted", UNSET)
        )

        def _parse_opportunity_value_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opportunity_value_currency = _parse_opportunity_value_currency(
            d.pop("opportunity_value_currency", UNSET)
        )

        def _parse_opportunity_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opportunity_note = _parse_opportunity_note(d.pop("opportunity_note", UNSET))

        task = cls(
            id=id,
            type_=type_,
            view=view,
            organization_id=organization_id,
            lead_id=lead_id,
            lead_name=lead_name,
            contact_id=contact_id,
            contact_name=contact_name,
            assigned_to=assigned_to,
            assigned_to_name=assigned_to_name,
            text=text,
            date=date,
            due_date=due_date,
            is_complete=is_complete,
            is_dateless=is_dateless,
            object_type=object_type,
            object_id=object_id,
            created_by=created_by,
            created_by_name=created_by_name,
            updated_by=updated_by,
            updated_by_name=updated_by_name,
            date_created=date_created,
            date_updated=date_updated,
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

        task.additional_properties = d
        return task

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
