from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_direction import CommunicationDirection
from ..models.email_status import EmailStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.activity_attachment import ActivityAttachment
    from ..models.email_open_in import EmailOpenIn


T = TypeVar("T", bound="EmailActivityUpdate")


@_attrs_define
class EmailActivityUpdate:
    """Fields to change on a draft email, or its `status` to send it.

    Attributes:
        lead_id (str | Unset):
        contact_id (str | Unset):
        user_id (str | Unset):
        direction (CommunicationDirection | Unset): Direction of an email or WhatsApp message: `outgoing` from the user
            to the lead, `incoming` the other way.
        status (EmailStatus | Unset): State of an email: `inbox` (received), `draft`, `scheduled`, `outbox` (being
            sent), `sent`.
        sender (str | Unset): `address` or `"Name" <address>`; for `sent` it defaults to the user's address.
        to (list[str] | Unset):
        cc (list[str] | Unset):
        bcc (list[str] | Unset):
        subject (str | Unset):
        body_text (str | Unset):
        body_html (str | Unset):
        attachments (list[ActivityAttachment] | Unset):
        template_id (None | str | Unset): An email template to render when no body is given.
        date_scheduled (datetime.datetime | Unset): When a `scheduled` email is sent.
        send_in (int | Unset): Delay in seconds (under 60) before an `outbox` email is sent.
        followup_date (datetime.datetime | Unset): Creates a follow-up task if no reply arrives by then.
        created_by (None | str | Unset):
        created_by_name (None | str | Unset):
        date_created (datetime.datetime | Unset):
        account_id (None | str | Unset):
        activity_at (datetime.datetime | None | Unset):
        followup_sequence_add_cc_bcc (bool | None | Unset):
        followup_sequence_delay (int | None | Unset):
        followup_sequence_id (None | str | Unset):
        in_reply_to_id (None | str | Unset):
        opens (list[EmailOpenIn] | None | Unset):
    """

    lead_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    direction: CommunicationDirection | Unset = UNSET
    status: EmailStatus | Unset = UNSET
    sender: str | Unset = UNSET
    to: list[str] | Unset = UNSET
    cc: list[str] | Unset = UNSET
    bcc: list[str] | Unset = UNSET
    subject: str | Unset = UNSET
    body_text: str | Unset = UNSET
    body_html: str | Unset = UNSET
    attachments: list[ActivityAttachment] | Unset = UNSET
    template_id: None | str | Unset = UNSET
    date_scheduled: datetime.datetime | Unset = UNSET
    send_in: int | Unset = UNSET
    followup_date: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    account_id: None | str | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    followup_sequence_add_cc_bcc: bool | None | Unset = UNSET
    followup_sequence_delay: int | None | Unset = UNSET
    followup_sequence_id: None | str | Unset = UNSET
    in_reply_to_id: None | str | Unset = UNSET
    opens: list[EmailOpenIn] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_id = self.lead_id

        contact_id = self.contact_id

        user_id = self.user_id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        sender = self.sender

        to: list[str] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to

        cc: list[str] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = self.cc

        bcc: list[str] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = self.bcc

        subject = self.subject

        body_text = self.body_text

        body_html = self.body_html

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        date_scheduled: str | Unset = UNSET
        if not isinstance(self.date_scheduled, Unset):
            date_scheduled = self.date_scheduled.isoformat()

        send_in = self.send_in

        followup_date: str | Unset = UNSET
        if not isinstance(self.followup_date, Unset):
            followup_date = self.followup_date.isoformat()

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

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at

        followup_sequence_add_cc_bcc: bool | None | Unset
        if isinstance(self.followup_sequence_add_cc_bcc, Unset):
            followup_sequence_add_cc_bcc = UNSET
        else:
            followup_sequence_add_cc_bcc = self.followup_sequence_add_cc_bcc

        followup_sequence_delay: int | None | Unset
        if isinstance(self.followup_sequence_delay, Unset):
            followup_sequence_delay = UNSET
        else:
            followup_sequence_delay = self.followup_sequence_delay

        followup_sequence_id: None | str | Unset
        if isinstance(self.followup_sequence_id, Unset):
            followup_sequence_id = UNSET
        else:
            followup_sequence_id = self.followup_sequence_id

        in_reply_to_id: None | str | Unset
        if isinstance(self.in_reply_to_id, Unset):
            in_reply_to_id = UNSET
        else:
            in_reply_to_id = self.in_reply_to_id

        opens: list[dict[str, Any]] | None | Unset
        if isinstance(self.opens, Unset):
            opens = UNSET
        elif isinstance(self.opens, list):
            opens = []
            for opens_type_0_item_data in self.opens:
                opens_type_0_item = opens_type_0_item_data.to_dict()
                opens.append(opens_type_0_item)

        else:
            opens = self.opens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if status is not UNSET:
            field_dict["status"] = status
        if sender is not UNSET:
            field_dict["sender"] = sender
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body_text is not UNSET:
            field_dict["body_text"] = body_text
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if date_scheduled is not UNSET:
            field_dict["date_scheduled"] = date_scheduled
        if send_in is not UNSET:
            field_dict["send_in"] = send_in
        if followup_date is not UNSET:
            field_dict["followup_date"] = followup_date
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if followup_sequence_add_cc_bcc is not UNSET:
            field_dict["followup_sequence_add_cc_bcc"] = followup_sequence_add_cc_bcc
        if followup_sequence_delay is not UNSET:
            field_dict["followup_sequence_delay"] = followup_sequence_delay
        if followup_sequence_id is not UNSET:
            field_dict["followup_sequence_id"] = followup_sequence_id
        if in_reply_to_id is not UNSET:
            field_dict["in_reply_to_id"] = in_reply_to_id
        if opens is not UNSET:
            field_dict["opens"] = opens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_attachment import ActivityAttachment  # noqa: PLC0415
        from ..models.email_open_in import EmailOpenIn  # noqa: PLC0415

        d = dict(src_dict)
        lead_id = d.pop("lead_id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: CommunicationDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = CommunicationDirection(_direction)

        _status = d.pop("status", UNSET)
        status: EmailStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EmailStatus(_status)

        sender = d.pop("sender", UNSET)

        to = cast(list[str], d.pop("to", UNSET))

        cc = cast(list[str], d.pop("cc", UNSET))

        bcc = cast(list[str], d.pop("bcc", UNSET))

        subject = d.pop("subject", UNSET)

        body_text = d.pop("body_text", UNSET)

        body_html = d.pop("body_html", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[ActivityAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = ActivityAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        _date_scheduled = d.pop("date_scheduled", UNSET)
        date_scheduled: datetime.datetime | Unset
        if isinstance(_date_scheduled, Unset):
            date_scheduled = UNSET
        else:
            date_scheduled = parse_datetime(_date_scheduled)

        send_in = d.pop("send_in", UNSET)

        _followup_date = d.pop("followup_date", UNSET)
        followup_date: datetime.datetime | Unset
        if isinstance(_followup_date, Unset):
            followup_date = UNSET
        else:
            followup_date = parse_datetime(_followup_date)

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

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

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

        def _parse_followup_sequence_add_cc_bcc(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        followup_sequence_add_cc_bcc = _parse_followup_sequence_add_cc_bcc(
            d.pop("followup_sequence_add_cc_bcc", UNSET)
        )

        def _parse_followup_sequence_delay(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        followup_sequence_delay = _parse_followup_sequence_delay(
            d.pop("followup_sequence_delay", UNSET)
        )

        def _parse_followup_sequence_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        followup_sequence_id = _parse_followup_sequence_id(d.pop("followup_sequence_id", UNSET))

        def _parse_in_reply_to_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_reply_to_id = _parse_in_reply_to_id(d.pop("in_reply_to_id", UNSET))

        def _parse_opens(data: object) -> list[EmailOpenIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                opens_type_0 = []
                _opens_type_0 = data
                for opens_type_0_item_data in _opens_type_0:
                    opens_type_0_item = EmailOpenIn.from_dict(opens_type_0_item_data)

                    opens_type_0.append(opens_type_0_item)

                return opens_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailOpenIn] | None | Unset, data)

        opens = _parse_opens(d.pop("opens", UNSET))

        email_activity_update = cls(
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            direction=direction,
            status=status,
            sender=sender,
            to=to,
            cc=cc,
            bcc=bcc,
            subject=subject,
            body_text=body_text,
            body_html=body_html,
            attachments=attachments,
            template_id=template_id,
            date_scheduled=date_scheduled,
            send_in=send_in,
            followup_date=followup_date,
            created_by=created_by,
            created_by_name=created_by_name,
            date_created=date_created,
            account_id=account_id,
            activity_at=activity_at,
            followup_sequence_add_cc_bcc=followup_sequence_add_cc_bcc,
            followup_sequence_delay=followup_sequence_delay,
            followup_sequence_id=followup_sequence_id,
            in_reply_to_id=in_reply_to_id,
            opens=opens,
        )

        email_activity_update.additional_properties = d
        return email_activity_update

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
