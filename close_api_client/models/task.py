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
        id = self.id

        type_ = self.type_.value

        organization_id = self.organization_id

        lead_id: None | str
        lead_id = self.lead_id

        lead_name: None | str
        lead_name = self.lead_name

        contact_id: None | str
        contact_id = self.contact_id

        contact_name: None | str
        contact_name = self.contact_name

        assigned_to = self.assigned_to

        assigned_to_name = self.assigned_to_name

        date: None | str
        date = self.date

        is_complete = self.is_complete

        object_type: None | str
        object_type = self.object_type

        object_id: None | str
        object_id = self.object_id

        created_by: None | str
        created_by = self.created_by

        created_by_name: None | str
        created_by_name = self.created_by_name

        updated_by: None | str
        updated_by = self.updated_by

        updated_by_name: None | str
        updated_by_name = self.updated_by_name

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        view: str | Unset = UNSET
        if not isinstance(self.view, Unset):
            view = self.view.value

        text = self.text

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        else:
            due_date = self.due_date

        is_dateless: bool | None | Unset
        if isinstance(self.is_dateless, Unset):
            is_dateless = UNSET
        else:
            is_dateless = self.is_dateless

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
        field_dict.update(
            {
                "id": id,
                "_type": type_,
                "organization_id": organization_id,
                "lead_id": lead_id,
                "lead_name": lead_name,
                "contact_id": contact_id,
                "contact_name": contact_name,
                "assigned_to": assigned_to,
                "assigned_to_name": assigned_to_name,
                "date": date,
                "is_complete": is_complete,
                "object_type": object_type,
                "object_id": object_id,
                "created_by": created_by,
                "created_by_name": created_by_name,
                "updated_by": updated_by,
                "updated_by_name": updated_by_name,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )
        if view is not UNSET:
            field_dict["view"] = view
        if text is not UNSET:
            field_dict["text"] = text
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if is_dateless is not UNSET:
            field_dict["is_dateless"] = is_dateless
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
        id = d.pop("id")

        type_ = TaskType(d.pop("_type"))

        organization_id = d.pop("organization_id")

        def _parse_lead_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lead_id = _parse_lead_id(d.pop("lead_id"))

        def _parse_lead_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lead_name = _parse_lead_name(d.pop("lead_name"))

        def _parse_contact_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

        def _parse_contact_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_name = _parse_contact_name(d.pop("contact_name"))

        assigned_to = d.pop("assigned_to")

        assigned_to_name = d.pop("assigned_to_name")

        def _parse_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date = _parse_date(d.pop("date"))

        is_complete = d.pop("is_complete")

        def _parse_object_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        object_type = _parse_object_type(d.pop("object_type"))

        def _parse_object_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        object_id = _parse_object_id(d.pop("object_id"))

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("created_by"))

        def _parse_created_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by_name = _parse_created_by_name(d.pop("created_by_name"))

        def _parse_updated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))

        def _parse_updated_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by_name = _parse_updated_by_name(d.pop("updated_by_name"))

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        _view = d.pop("view", UNSET)
        view: TaskView | Unset
        if isinstance(_view, Unset):
            view = UNSET
        else:
            view = TaskView(_view)

        text = d.pop("text", UNSET)

        def _parse_due_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        def _parse_is_dateless(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_dateless = _parse_is_dateless(d.pop("is_dateless", UNSET))

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
