from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_direction import PhoneDirection
from ..models.sms_status import SmsStatus
from ..types import UNSET, Unset, parse_datetime

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
