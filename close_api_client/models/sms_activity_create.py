from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_direction import PhoneDirection
from ..models.sms_status import SmsStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.sms_attachment_in import SmsAttachmentIn


T = TypeVar("T", bound="SmsActivityCreate")


@_attrs_define
class SmsActivityCreate:
    """A new SMS (logged, draft, scheduled or sent now).

    Attributes:
        status (SmsStatus): State of an SMS: `inbox` (received), `draft`, `scheduled`, `outbox` (being sent), `sent`.
        local_phone (str): One of the organization's internal numbers.
        lead_id (str | Unset):
        contact_id (str | Unset):
        user_id (str | Unset):
        text (str | Unset):
        remote_phone (str | Unset):
        direction (PhoneDirection | Unset): Direction of a call or SMS.
        source (str | Unset):
        date_scheduled (datetime.datetime | Unset): When a `scheduled` SMS is sent.
        send_in (int | Unset): Delay in seconds (under 60) before an `outbox` SMS is sent.
        activity_at (datetime.datetime | None | Unset):
        attachments (list[SmsAttachmentIn] | None | Unset):
        created_by_id (None | str | Unset):
        date_created (datetime.datetime | None | Unset):
        organization_id (None | str | Unset):
        template_id (None | str | Unset):
    """

    status: SmsStatus
    local_phone: str
    lead_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    text: str | Unset = UNSET
    remote_phone: str | Unset = UNSET
    direction: PhoneDirection | Unset = UNSET
    source: str | Unset = UNSET
    date_scheduled: datetime.datetime | Unset = UNSET
    send_in: int | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    attachments: list[SmsAttachmentIn] | None | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        local_phone = self.local_phone

        lead_id = self.lead_id

        contact_id = self.contact_id

        user_id = self.user_id

        text = self.text

        remote_phone = self.remote_phone

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        source = self.source

        date_scheduled: str | Unset = UNSET
        if not isinstance(self.date_scheduled, Unset):
            date_scheduled = self.date_scheduled.isoformat()

        send_in = self.send_in

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "local_phone": local_phone,
            }
        )
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if text is not UNSET:
            field_dict["text"] = text
        if remote_phone is not UNSET:
            field_dict["remote_phone"] = remote_phone
        if direction is not UNSET:
            field_dict["direction"] = direction
        if source is not UNSET:
            field_dict["source"] = source
        if date_scheduled is not UNSET:
            field_dict["date_scheduled"] = date_scheduled
        if send_in is not UNSET:
            field_dict["send_in"] = send_in
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_attachment_in import SmsAttachmentIn  # noqa: PLC0415

        d = dict(src_dict)
        status = SmsStatus(d.pop("status"))

        local_phone = d.pop("local_phone")

        lead_id = d.pop("lead_id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        text = d.pop("text", UNSET)

        remote_phone = d.pop("remote_phone", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: PhoneDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = PhoneDirection(_direction)

        source = d.pop("source", UNSET)

        _date_scheduled = d.pop("date_scheduled", UNSET)
        date_scheduled: datetime.datetime | Unset
        if isinstance(_date_scheduled, Unset):
            date_scheduled = UNSET
        else:
            date_scheduled = parse_datetime(_date_scheduled)

        send_in = d.pop("send_in", UNSET)

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

        def _parse_attachments(data: object) -> list[SmsAttachmentIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = SmsAttachmentIn.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SmsAttachmentIn] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_created_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id", UNSET))

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

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        sms_activity_create = cls(
            status=status,
            local_phone=local_phone,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            text=text,
            remote_phone=remote_phone,
            direction=direction,
            source=source,
            date_scheduled=date_scheduled,
            send_in=send_in,
            activity_at=activity_at,
            attachments=attachments,
            created_by_id=created_by_id,
            date_created=date_created,
            organization_id=organization_id,
            template_id=template_id,
        )

        sms_activity_create.additional_properties = d
        return sms_activity_create

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
