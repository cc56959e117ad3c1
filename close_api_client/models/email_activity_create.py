from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_direction import CommunicationDirection
from ..models.email_status import EmailStatus
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.activity_attachment import ActivityAttachment
    from ..models.email_open_in import EmailOpenIn


T = TypeVar("T", bound="EmailActivityCreate")


@_attrs_define
class EmailActivityCreate:
    """A new email (logged, draft, scheduled or sent now).

    Attributes:
        status (EmailStatus): State of an email: `inbox` (received), `draft`, `scheduled`, `outbox` (being sent),
            `sent`.
        lead_id (str | Unset):
        contact_id (str | Unset):
        user_id (str | Unset):
        direction (CommunicationDirection | Unset): Direction of an email or WhatsApp message: `outgoing` from the user
            to the lead, `incoming` the other way.
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
        created_by_id (None | str | Unset):
        followup_sequence_add_cc_bcc (bool | None | Unset):
        followup_sequence_delay (int | None | Unset):
        followup_sequence_id (None | str | Unset):
        in_reply_to_id (None | str | Unset):
        opens (list[EmailOpenIn] | None | Unset):
        organization_id (None | str | Unset):
    """

    status: EmailStatus
    lead_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    direction: CommunicationDirection | Unset = UNSET
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
    created_by_id: None | str | Unset = UNSET
    followup_sequence_add_cc_bcc: bool | None | Unset = UNSET
    followup_sequence_delay: int | None | Unset = UNSET
    followup_sequence_id: None | str | Unset = UNSET
    in_reply_to_id: None | str | Unset = UNSET
    opens: list[EmailOpenIn] | None | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.status, Unset):  # absent only if trimmed by _fields
            status = self.status.value
            field_dict["status"] = status

        lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

        contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        if direction is not UNSET:
            field_dict["direction"] = direction

        sender = self.sender
        if sender is not UNSET:
            field_dict["sender"] = sender

        to: list[str] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to

        if to is not UNSET:
            field_dict["to"] = to

        cc: list[str] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = self.cc

        if cc is not UNSET:
            field_dict["cc"] = cc

        bcc: list[str] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = self.bcc

        if bcc is not UNSET:
            field_dict["bcc"] = bcc

        subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject

        body_text = self.body_text
        if body_text is not UNSET:
            field_dict["body_text"] = body_text

        body_html = self.body_html
        if body_html is not UNSET:
            field_dict["body_html"] = body_html

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id

        date_scheduled: str | Unset = UNSET
        if not isinstance(self.date_scheduled, Unset):
            date_scheduled = self.date_scheduled.isoformat()
        if date_scheduled is not UNSET:
            field_dict["date_scheduled"] = date_scheduled

        send_in = self.send_in
        if send_in is not UNSET:
            field_dict["send_in"] = send_in

        followup_date: str | Unset = UNSET
        if not isinstance(self.followup_date, Unset):
            followup_date = self.followup_date.isoformat()
        if followup_date is not UNSET:
            field_dict["followup_date"] = followup_date

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id

        followup_sequence_add_cc_bcc: bool | None | Unset
        if isinstance(self.followup_sequence_add_cc_bcc, Unset):
            followup_sequence_add_cc_bcc = UNSET
        else:
            followup_sequence_add_cc_bcc = self.followup_sequence_add_cc_bcc
        if followup_sequence_add_cc_bcc is not UNSET:
            field_dict["followup_sequence_add_cc_bcc"] = followup_sequence_add_cc_bcc

        followup_sequence_delay: int | None | Unset
        if isinstance(self.followup_sequence_delay, Unset):
            followup_sequence_delay = UNSET
        else:
            followup_sequence_delay = self.followup_sequence_delay
        if followup_sequence_delay is not UNSET:
            field_dict["followup_sequence_delay"] = followup_sequence_delay

        followup_sequence_id: None | str | Unset
        if isinstance(self.followup_sequence_id, Unset):
            followup_sequence_id = UNSET
        else:
            followup_sequence_id = self.followup_sequence_id
        if followup_sequence_id is not UNSET:
            field_dict["followup_sequence_id"] = followup_sequence_id

        in_reply_to_id: None | str | Unset
        if isinstance(self.in_reply_to_id, Unset):
            in_reply_to_id = UNSET
        else:
            in_reply_to_id = self.in_reply_to_id
        if in_reply_to_id is not UNSET:
            field_dict["in_reply_to_id"] = in_reply_to_id

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
        if opens is not UNSET:
            field_dict["opens"] = opens

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

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
            raise not_an_object("EmailActivityCreate", src_dict)
        from ..models.activity_attachment import ActivityAttachment  # noqa: PLC0415
        from ..models.email_open_in import EmailOpenIn  # noqa: PLC0415

        d = dict(src_dict)
        _raw_status = d.pop("status", UNSET)
        try:
            _fits = _raw_status is not UNSET
            if not _fits:
                raise TypeError()
            status = EmailStatus(_raw_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = MISSING
            if _raw_status is not UNSET:
                d["status"] = _raw_status

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

        _raw_direction = d.pop("direction", UNSET)
        try:
            _direction = _raw_direction
            direction: CommunicationDirection | Unset
            if isinstance(_direction, Unset):
                direction = UNSET
            else:
                direction = CommunicationDirection(_direction)

        except (TypeError, ValueError, AttributeError, KeyError):
            direction = UNSET
            if _raw_direction is not UNSET:
                d["direction"] = _raw_direction

        _raw_sender = d.pop("sender", UNSET)
        sender: str | Unset
        if isinstance(_raw_sender, str):
            sender = _raw_sender
        else:
            sender = UNSET
            if _raw_sender is not UNSET:
                d["sender"] = _raw_sender

        _raw_to = d.pop("to", UNSET)
        to: list[str] | Unset
        if isinstance(_raw_to, list) and all(isinstance(item, str) for item in _raw_to):
            to = _raw_to
        else:
            to = UNSET
            if _raw_to is not UNSET:
                d["to"] = _raw_to

        _raw_cc = d.pop("cc", UNSET)
        cc: list[str] | Unset
        if isinstance(_raw_cc, list) and all(isinstance(item, str) for item in _raw_cc):
            cc = _raw_cc
        else:
            cc = UNSET
            if _raw_cc is not UNSET:
                d["cc"] = _raw_cc

        _raw_bcc = d.pop("bcc", UNSET)
        bcc: list[str] | Unset
        if isinstance(_raw_bcc, list) and all(isinstance(item, str) for item in _raw_bcc):
            bcc = _raw_bcc
        else:
            bcc = UNSET
            if _raw_bcc is not UNSET:
                d["bcc"] = _raw_bcc

        _raw_subject = d.pop("subject", UNSET)
        subject: str | Unset
        if isinstance(_raw_subject, str):
            subject = _raw_subject
        else:
            subject = UNSET
            if _raw_subject is not UNSET:
                d["subject"] = _raw_subject

        _raw_body_text = d.pop("body_text", UNSET)
        body_text: str | Unset
        if isinstance(_raw_body_text, str):
            body_text = _raw_body_text
        else:
            body_text = UNSET
            if _raw_body_text is not UNSET:
                d["body_text"] = _raw_body_text

        _raw_body_html = d.pop("body_html", UNSET)
        body_html: str | Unset
        if isinstance(_raw_body_html, str):
            body_html = _raw_body_html
        else:
            body_html = UNSET
            if _raw_body_html is not UNSET:
                d["body_html"] = _raw_body_html

        _raw_attachments = d.pop("attachments", UNSET)
        try:
            _fits = _raw_attachments is UNSET or isinstance(_raw_attachments, list)
            if not _fits:
                raise TypeError()
            _attachments = _raw_attachments
            attachments: list[ActivityAttachment] | Unset = UNSET
            if _attachments is not UNSET:
                attachments = []
                for attachments_item_data in _attachments:
                    attachments_item = ActivityAttachment.from_dict(attachments_item_data)

                    attachments.append(attachments_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            attachments = UNSET
            if _raw_attachments is not UNSET:
                d["attachments"] = _raw_attachments

        _raw_template_id = d.pop("template_id", UNSET)
        template_id: None | str | Unset
        if isinstance(_raw_template_id, str) or _raw_template_id is None:
            template_id = _raw_template_id
        else:
            template_id = UNSET
            if _raw_template_id is not UNSET:
                d["template_id"] = _raw_template_id

        _raw_date_scheduled = d.pop("date_scheduled", UNSET)
        try:
            _date_scheduled = _raw_date_scheduled
            date_scheduled: datetime.datetime | Unset
            if isinstance(_date_scheduled, Unset):
                date_scheduled = UNSET
            else:
                date_scheduled = parse_datetime(_date_scheduled)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_scheduled = UNSET
            if _raw_date_scheduled is not UNSET:
                d["date_scheduled"] = _raw_date_scheduled

        _raw_send_in = d.pop("send_in", UNSET)
        send_in: int | Unset
        if isinstance(_raw_send_in, int) and not isinstance(_raw_send_in, bool):
            send_in = _raw_send_in
        else:
            send_in = UNSET
            if _raw_send_in is not UNSET:
                d["send_in"] = _raw_send_in

        _raw_followup_date = d.pop("followup_date", UNSET)
        try:
            _followup_date = _raw_followup_date
            followup_date: datetime.datetime | Unset
            if isinstance(_followup_date, Unset):
                followup_date = UNSET
            else:
                followup_date = parse_datetime(_followup_date)

        except (TypeError, ValueError, AttributeError, KeyError):
            followup_date = UNSET
            if _raw_followup_date is not UNSET:
                d["followup_date"] = _raw_followup_date

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: None | str | Unset
        if isinstance(_raw_created_by, str) or _raw_created_by is None:
            created_by = _raw_created_by
        else:
            created_by = UNSET
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_created_by_name = d.pop("created_by_name", UNSET)
        created_by_name: None | str | Unset
        if isinstance(_raw_created_by_name, str) or _raw_created_by_name is None:
            created_by_name = _raw_created_by_name
        else:
            created_by_name = UNSET
            if _raw_created_by_name is not UNSET:
                d["created_by_name"] = _raw_created_by_name

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _date_created = _raw_date_created
            date_created: datetime.datetime | Unset
            if isinstance(_date_created, Unset):
                date_created = UNSET
            else:
                date_created = parse_datetime(_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = UNSET
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_account_id = d.pop("account_id", UNSET)
        account_id: None | str | Unset
        if isinstance(_raw_account_id, str) or _raw_account_id is None:
            account_id = _raw_account_id
        else:
            account_id = UNSET
            if _raw_account_id is not UNSET:
                d["account_id"] = _raw_account_id

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

        _raw_created_by_id = d.pop("created_by_id", UNSET)
        created_by_id: None | str | Unset
        if isinstance(_raw_created_by_id, str) or _raw_created_by_id is None:
            created_by_id = _raw_created_by_id
        else:
            created_by_id = UNSET
            if _raw_created_by_id is not UNSET:
                d["created_by_id"] = _raw_created_by_id

        _raw_followup_sequence_add_cc_bcc = d.pop("followup_sequence_add_cc_bcc", UNSET)
        followup_sequence_add_cc_bcc: bool | None | Unset
        if (
            isinstance(_raw_followup_sequence_add_cc_bcc, bool)
            or _raw_followup_sequence_add_cc_bcc is None
        ):
            followup_sequence_add_cc_bcc = _raw_followup_sequence_add_cc_bcc
        else:
            followup_sequence_add_cc_bcc = UNSET
            if _raw_followup_sequence_add_cc_bcc is not UNSET:
                d["followup_sequence_add_cc_bcc"] = _raw_followup_sequence_add_cc_bcc

        _raw_followup_sequence_delay = d.pop("followup_sequence_delay", UNSET)
        followup_sequence_delay: int | None | Unset
        if (
            isinstance(_raw_followup_sequence_delay, int)
            and not isinstance(_raw_followup_sequence_delay, bool)
        ) or _raw_followup_sequence_delay is None:
            followup_sequence_delay = _raw_followup_sequence_delay
        else:
            followup_sequence_delay = UNSET
            if _raw_followup_sequence_delay is not UNSET:
                d["followup_sequence_delay"] = _raw_followup_sequence_delay

        _raw_followup_sequence_id = d.pop("followup_sequence_id", UNSET)
        followup_sequence_id: None | str | Unset
        if isinstance(_raw_followup_sequence_id, str) or _raw_followup_sequence_id is None:
            followup_sequence_id = _raw_followup_sequence_id
        else:
            followup_sequence_id = UNSET
            if _raw_followup_sequence_id is not UNSET:
                d["followup_sequence_id"] = _raw_followup_sequence_id

        _raw_in_reply_to_id = d.pop("in_reply_to_id", UNSET)
        in_reply_to_id: None | str | Unset
        if isinstance(_raw_in_reply_to_id, str) or _raw_in_reply_to_id is None:
            in_reply_to_id = _raw_in_reply_to_id
        else:
            in_reply_to_id = UNSET
            if _raw_in_reply_to_id is not UNSET:
                d["in_reply_to_id"] = _raw_in_reply_to_id

        _raw_opens = d.pop("opens", UNSET)
        try:

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(list[EmailOpenIn] | None | Unset, data)

            opens = _parse_opens(_raw_opens)

        except (TypeError, ValueError, AttributeError, KeyError):
            opens = UNSET
            if _raw_opens is not UNSET:
                d["opens"] = _raw_opens

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: None | str | Unset
        if isinstance(_raw_organization_id, str) or _raw_organization_id is None:
            organization_id = _raw_organization_id
        else:
            organization_id = UNSET
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        parsed_obj = cls(
            status=status,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            direction=direction,
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
            created_by_id=created_by_id,
            followup_sequence_add_cc_bcc=followup_sequence_add_cc_bcc,
            followup_sequence_delay=followup_sequence_delay,
            followup_sequence_id=followup_sequence_id,
            in_reply_to_id=in_reply_to_id,
            opens=opens,
            organization_id=organization_id,
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
