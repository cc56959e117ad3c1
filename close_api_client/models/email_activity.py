from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_direction import CommunicationDirection
from ..models.email_status import EmailStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.activity_attachment import ActivityAttachment
    from ..models.email_envelope import EmailEnvelope
    from ..models.email_quoted_html import EmailQuotedHtml
    from ..models.email_quoted_text import EmailQuotedText


T = TypeVar("T", bound="EmailActivity")


@_attrs_define
class EmailActivity:
    """An email message on a lead.

    Attributes:
        id (str): The activity id (`acti_...`).
        organization_id (str):
        lead_id (None | str):
        contact_id (None | str):
        user_id (None | str): The user the activity belongs to.
        created_by (None | str):
        updated_by (None | str):
        updated_by_name (None | str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        type_ (Literal['Email'] | Unset): Always `Email`.
        user_name (None | str | Unset):
        users (list[str] | Unset): Ids of the users involved.
        created_by_name (None | str | Unset):
        activity_at (datetime.datetime | None | Unset): When the activity happened (newer field).
        direction (CommunicationDirection | None | Unset):
        status (EmailStatus | Unset): State of an email: `inbox` (received), `draft`, `scheduled`, `outbox` (being
            sent), `sent`.
        sender (None | str | Unset): The From address, possibly with a name: `"Name" <address>`.
        to (list[str] | Unset):
        cc (list[str] | Unset):
        bcc (list[str] | Unset):
        subject (None | str | Unset):
        body_text (None | str | Unset):
        body_html (None | str | Unset):
        body_preview (None | str | Unset):
        body_text_quoted (list[EmailQuotedText] | None | Unset):
        body_html_quoted (list[EmailQuotedHtml] | None | Unset):
        envelope (EmailEnvelope | None | Unset):
        attachments (list[ActivityAttachment] | None | Unset):
        opens (list[Any] | None | Unset): Tracked opens of the email.
        opens_summary (None | str | Unset): A human-readable summary of tracked opens.
        send_attempts (list[Any] | None | Unset):
        template_id (None | str | Unset):
        template_name (None | str | Unset):
        thread_id (None | str | Unset): The EmailThread activity the email belongs to.
        in_reply_to_id (None | str | Unset):
        message_ids (list[str] | Unset):
        references (list[str] | Unset):
        email_account_id (None | str | Unset):
        need_smtp_credentials (bool | Unset):
        date_sent (datetime.datetime | None | Unset):
        sequence_subscription_id (None | str | Unset):
        sequence_id (None | str | Unset):
        sequence_name (None | str | Unset):
        agent_action_reason (None | str | Unset):
        agent_config_id (None | str | Unset):
        bulk_email_action_id (None | str | Unset):
        date_scheduled (datetime.datetime | None | Unset):
        followup_sequence_add_cc_bcc (bool | Unset):
        followup_sequence_delay (int | None | Unset):
        followup_sequence_id (None | str | Unset):
        has_reply (bool | Unset):
        send_as_id (None | str | Unset):
    """

    id: str
    organization_id: str
    lead_id: None | str
    contact_id: None | str
    user_id: None | str
    created_by: None | str
    updated_by: None | str
    updated_by_name: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    type_: Literal["Email"] | Unset = UNSET
    user_name: None | str | Unset = UNSET
    users: list[str] | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    direction: CommunicationDirection | None | Unset = UNSET
    status: EmailStatus | Unset = UNSET
    sender: None | str | Unset = UNSET
    to: list[str] | Unset = UNSET
    cc: list[str] | Unset = UNSET
    bcc: list[str] | Unset = UNSET
    subject: None | str | Unset = UNSET
    body_text: None | str | Unset = UNSET
    body_html: None | str | Unset = UNSET
    body_preview: None | str | Unset = UNSET
    body_text_quoted: list[EmailQuotedText] | None | Unset = UNSET
    body_html_quoted: list[EmailQuotedHtml] | None | Unset = UNSET
    envelope: EmailEnvelope | None | Unset = UNSET
    attachments: list[ActivityAttachment] | None | Unset = UNSET
    opens: list[Any] | None | Unset = UNSET
    opens_summary: None | str | Unset = UNSET
    send_attempts: list[Any] | None | Unset = UNSET
    template_id: None | str | Unset = UNSET
    template_name: None | str | Unset = UNSET
    thread_id: None | str | Unset = UNSET
    in_reply_to_id: None | str | Unset = UNSET
    message_ids: list[str] | Unset = UNSET
    references: list[str] | Unset = UNSET
    email_account_id: None | str | Unset = UNSET
    need_smtp_credentials: bool | Unset = UNSET
    date_sent: datetime.datetime | None | Unset = UNSET
    sequence_subscription_id: None | str | Unset = UNSET
    sequence_id: None | str | Unset = UNSET
    sequence_name: None | str | Unset = UNSET
    agent_action_reason: None | str | Unset = UNSET
    agent_config_id: None | str | Unset = UNSET
    bulk_email_action_id: None | str | Unset = UNSET
    date_scheduled: datetime.datetime | None | Unset = UNSET
    followup_sequence_add_cc_bcc: bool | Unset = UNSET
    followup_sequence_delay: int | None | Unset = UNSET
    followup_sequence_id: None | str | Unset = UNSET
    has_reply: bool | Unset = UNSET
    send_as_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_envelope import EmailEnvelope  # noqa: PLC0415

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

        updated_by_name: None | str
        updated_by_name = self.updated_by_name

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

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, CommunicationDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
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

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body_text: None | str | Unset
        if isinstance(self.body_text, Unset):
            body_text = UNSET
        else:
            body_text = self.body_text

        body_html: None | str | Unset
        if isinstance(self.body_html, Unset):
            body_html = UNSET
        else:
            body_html = self.body_html

        body_preview: None | str | Unset
        if isinstance(self.body_preview, Unset):
            body_preview = UNSET
        else:
            body_preview = self.body_preview

        body_text_quoted: list[dict[str, Any]] | None | Unset
        if isinstance(self.body_text_quoted, Unset):
            body_text_quoted = UNSET
        elif isinstance(self.body_text_quoted, list):
            body_text_quoted = []
            for body_text_quoted_type_0_item_data in self.body_text_quoted:
                body_text_quoted_type_0_item = body_text_quoted_type_0_item_data.to_dict()
                body_text_quoted.append(body_text_quoted_type_0_item)

        else:
            body_text_quoted = self.body_text_quoted

        body_html_quoted: list[dict[str, Any]] | None | Unset
        if isinstance(self.body_html_quoted, Unset):
            body_html_quoted = UNSET
        elif isinstance(self.body_html_quoted, list):
            body_html_quoted = []
            for body_html_quoted_type_0_item_data in self.body_html_quoted:
                body_html_quoted_type_0_item = body_html_quoted_type_0_item_data.to_dict()
                body_html_quoted.append(body_html_quoted_type_0_item)

        else:
            body_html_quoted = self.body_html_quoted

        envelope: dict[str, Any] | None | Unset
        if isinstance(self.envelope, Unset):
            envelope = UNSET
        elif isinstance(self.envelope, EmailEnvelope):
            envelope = self.envelope.to_dict()
        else:
            envelope = self.envelope

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

        opens: list[Any] | None | Unset
        if isinstance(self.opens, Unset):
            opens = UNSET
        elif isinstance(self.opens, list):
            opens = self.opens

        else:
            opens = self.opens

        opens_summary: None | str | Unset
        if isinstance(self.opens_summary, Unset):
            opens_summary = UNSET
        else:
            opens_summary = self.opens_summary

        send_attempts: list[Any] | None | Unset
        if isinstance(self.send_attempts, Unset):
            send_attempts = UNSET
        elif isinstance(self.send_attempts, list):
            send_attempts = self.send_attempts

        else:
            send_attempts = self.send_attempts

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        thread_id: None | str | Unset
        if isinstance(self.thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = self.thread_id

        in_reply_to_id: None | str | Unset
        if isinstance(self.in_reply_to_id, Unset):
            in_reply_to_id = UNSET
        else:
            in_reply_to_id = self.in_reply_to_id

        message_ids: list[str] | Unset = UNSET
        if not isinstance(self.message_ids, Unset):
            message_ids = self.message_ids

        references: list[str] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = self.references

        email_account_id: None | str | Unset
        if isinstance(self.email_account_id, Unset):
            email_account_id = UNSET
        else:
            email_account_id = self.email_account_id

        need_smtp_credentials = self.need_smtp_credentials

        date_sent: None | str | Unset
        if isinstance(self.date_sent, Unset):
            date_sent = UNSET
        elif isinstance(self.date_sent, datetime.datetime):
            date_sent = self.date_sent.isoformat()
        else:
            date_sent = self.date_sent

        sequence_subscription_id: None | str | Unset
        if isinstance(self.sequence_subscription_id, Unset):
            sequence_subscription_id = UNSET
        else:
            sequence_subscription_id = self.sequence_subscription_id

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

        agent_action_reason: None | str | Unset
        if isinstance(self.agent_action_reason, Unset):
            agent_action_reason = UNSET
        else:
            agent_action_reason = self.agent_action_reason

        agent_config_id: None | str | Unset
        if isinstance(self.agent_config_id, Unset):
            agent_config_id = UNSET
        else:
            agent_config_id = self.agent_config_id

        bulk_email_action_id: None | str | Unset
        if isinstance(self.bulk_email_action_id, Unset):
            bulk_email_action_id = UNSET
        else:
            bulk_email_action_id = self.bulk_email_action_id

        date_scheduled: None | str | Unset
        if isinstance(self.date_scheduled, Unset):
            date_scheduled = UNSET
        elif isinstance(self.date_scheduled, datetime.datetime):
            date_scheduled = self.date_scheduled.isoformat()
        else:
            date_scheduled = self.date_scheduled

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

        has_reply = self.has_reply

        send_as_id: None | str | Unset
        if isinstance(self.send_as_id, Unset):
            send_as_id = UNSET
        else:
            send_as_id = self.send_as_id

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
                "updated_by_name": updated_by_name,
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
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
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
        if body_preview is not UNSET:
            field_dict["body_preview"] = body_preview
        if body_text_quoted is not UNSET:
            field_dict["body_text_quoted"] = body_text_quoted
        if body_html_quoted is not UNSET:
            field_dict["body_html_quoted"] = body_html_quoted
        if envelope is not UNSET:
            field_dict["envelope"] = envelope
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if opens is not UNSET:
            field_dict["opens"] = opens
        if opens_summary is not UNSET:
            field_dict["opens_summary"] = opens_summary
        if send_attempts is not UNSET:
            field_dict["send_attempts"] = send_attempts
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if in_reply_to_id is not UNSET:
            field_dict["in_reply_to_id"] = in_reply_to_id
        if message_ids is not UNSET:
            field_dict["message_ids"] = message_ids
        if references is not UNSET:
            field_dict["references"] = references
        if email_account_id is not UNSET:
            field_dict["email_account_id"] = email_account_id
        if need_smtp_credentials is not UNSET:
            field_dict["need_smtp_credentials"] = need_smtp_credentials
        if date_sent is not UNSET:
            field_dict["date_sent"] = date_sent
        if sequence_subscription_id is not UNSET:
            field_dict["sequence_subscription_id"] = sequence_subscription_id
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id
        if sequence_name is not UNSET:
            field_dict["sequence_name"] = sequence_name
        if agent_action_reason is not UNSET:
            field_dict["agent_action_reason"] = agent_action_reason
        if agent_config_id is not UNSET:
            field_dict["agent_config_id"] = agent_config_id
        if bulk_email_action_id is not UNSET:
            field_dict["bulk_email_action_id"] = bulk_email_action_id
        if date_scheduled is not UNSET:
            field_dict["date_scheduled"] = date_scheduled
        if followup_sequence_add_cc_bcc is not UNSET:
            field_dict["followup_sequence_add_cc_bcc"] = followup_sequence_add_cc_bcc
        if followup_sequence_delay is not UNSET:
            field_dict["followup_sequence_delay"] = followup_sequence_delay
        if followup_sequence_id is not UNSET:
            field_dict["followup_sequence_id"] = followup_sequence_id
        if has_reply is not UNSET:
            field_dict["has_reply"] = has_reply
        if send_as_id is not UNSET:
            field_dict["send_as_id"] = send_as_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_attachment import ActivityAttachment  # noqa: PLC0415
        from ..models.email_envelope import EmailEnvelope  # noqa: PLC0415
        from ..models.email_quoted_html import EmailQuotedHtml  # noqa: PLC0415
        from ..models.email_quoted_text import EmailQuotedText  # noqa: PLC0415

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

        def _parse_updated_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by_name = _parse_updated_by_name(d.pop("updated_by_name"))

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        type_ = cast(Literal["Email"] | Unset, d.pop("_type", UNSET))
        if type_ != "Email" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'Email', got '{type_}'")

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

        def _parse_direction(data: object) -> CommunicationDirection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = CommunicationDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommunicationDirection | None | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        _status = d.pop("status", UNSET)
        status: EmailStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EmailStatus(_status)

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender = _parse_sender(d.pop("sender", UNSET))

        to = cast(list[str], d.pop("to", UNSET))

        cc = cast(list[str], d.pop("cc", UNSET))

        bcc = cast(list[str], d.pop("bcc", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_body_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body_text = _parse_body_text(d.pop("body_text", UNSET))

        def _parse_body_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body_html = _parse_body_html(d.pop("body_html", UNSET))

        def _parse_body_preview(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body_preview = _parse_body_preview(d.pop("body_preview", UNSET))

        def _parse_body_text_quoted(data: object) -> list[EmailQuotedText] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                body_text_quoted_type_0 = []
                _body_text_quoted_type_0 = data
                for body_text_quoted_type_0_item_data in _body_text_quoted_type_0:
                    body_text_quoted_type_0_item = EmailQuotedText.from_dict(
                        body_text_quoted_type_0_item_data
                    )

                    body_text_quoted_type_0.append(body_text_quoted_type_0_item)

                return body_text_quoted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailQuotedText] | None | Unset, data)

        body_text_quoted = _parse_body_text_quoted(d.pop("body_text_quoted", UNSET))

        def _parse_body_html_quoted(data: object) -> list[EmailQuotedHtml] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                body_html_quoted_type_0 = []
                _body_html_quoted_type_0 = data
                for body_html_quoted_type_0_item_data in _body_html_quoted_type_0:
                    body_html_quoted_type_0_item = EmailQuotedHtml.from_dict(
                        body_html_quoted_type_0_item_data
                    )

                    body_html_quoted_type_0.append(body_html_quoted_type_0_item)

                return body_html_quoted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailQuotedHtml] | None | Unset, data)

        body_html_quoted = _parse_body_html_quoted(d.pop("body_html_quoted", UNSET))

        def _parse_envelope(data: object) -> EmailEnvelope | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                envelope_type_0 = EmailEnvelope.from_dict(data)

                return envelope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailEnvelope | None | Unset, data)

        envelope = _parse_envelope(d.pop("envelope", UNSET))

        def _parse_attachments(data: object) -> list[ActivityAttachment] | None | Unset:
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
                    attachments_type_0_item = ActivityAttachment.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ActivityAttachment] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_opens(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                opens_type_0 = cast(list[Any], data)

                return opens_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        opens = _parse_opens(d.pop("opens", UNSET))

        def _parse_opens_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opens_summary = _parse_opens_summary(d.pop("opens_summary", UNSET))

        def _parse_send_attempts(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                send_attempts_type_0 = cast(list[Any], data)

                return send_attempts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        send_attempts = _parse_send_attempts(d.pop("send_attempts", UNSET))

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_template_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_name = _parse_template_name(d.pop("template_name", UNSET))

        def _parse_thread_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thread_id = _parse_thread_id(d.pop("thread_id", UNSET))

        def _parse_in_reply_to_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_reply_to_id = _parse_in_reply_to_id(d.pop("in_reply_to_id", UNSET))

        message_ids = cast(list[str], d.pop("message_ids", UNSET))

        references = cast(list[str], d.pop("references", UNSET))

        def _parse_email_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_account_id = _parse_email_account_id(d.pop("email_account_id", UNSET))

        need_smtp_credentials = d.pop("need_smtp_credentials", UNSET)

        def _parse_date_sent(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_sent_type_0 = parse_datetime(data)

                return date_sent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_sent = _parse_date_sent(d.pop("date_sent", UNSET))

        def _parse_sequence_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sequence_subscription_id = _parse_sequence_subscription_id(
            d.pop("sequence_subscription_id", UNSET)
        )

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

        def _parse_agent_action_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_action_reason = _parse_agent_action_reason(d.pop("agent_action_reason", UNSET))

        def _parse_agent_config_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_config_id = _parse_agent_config_id(d.pop("agent_config_id", UNSET))

        def _parse_bulk_email_action_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bulk_email_action_id = _parse_bulk_email_action_id(d.pop("bulk_email_action_id", UNSET))

        def _parse_date_scheduled(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_scheduled_type_0 = parse_datetime(data)

                return date_scheduled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_scheduled = _parse_date_scheduled(d.pop("date_scheduled", UNSET))

        followup_sequence_add_cc_bcc = d.pop("followup_sequence_add_cc_bcc", UNSET)

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

        has_reply = d.pop("has_reply", UNSET)

        def _parse_send_as_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        send_as_id = _parse_send_as_id(d.pop("send_as_id", UNSET))

        email_activity = cls(
            id=id,
            organization_id=organization_id,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            created_by=created_by,
            updated_by=updated_by,
            updated_by_name=updated_by_name,
            date_created=date_created,
            date_updated=date_updated,
            type_=type_,
            user_name=user_name,
            users=users,
            created_by_name=created_by_name,
            activity_at=activity_at,
            direction=direction,
            status=status,
            sender=sender,
            to=to,
            cc=cc,
            bcc=bcc,
            subject=subject,
            body_text=body_text,
            body_html=body_html,
            body_preview=body_preview,
            body_text_quoted=body_text_quoted,
            body_html_quoted=body_html_quoted,
            envelope=envelope,
            attachments=attachments,
            opens=opens,
            opens_summary=opens_summary,
            send_attempts=send_attempts,
            template_id=template_id,
            template_name=template_name,
            thread_id=thread_id,
            in_reply_to_id=in_reply_to_id,
            message_ids=message_ids,
            references=references,
            email_account_id=email_account_id,
            need_smtp_credentials=need_smtp_credentials,
            date_sent=date_sent,
            sequence_subscription_id=sequence_subscription_id,
            sequence_id=sequence_id,
            sequence_name=sequence_name,
            agent_action_reason=agent_action_reason,
            agent_config_id=agent_config_id,
            bulk_email_action_id=bulk_email_action_id,
            date_scheduled=date_scheduled,
            followup_sequence_add_cc_bcc=followup_sequence_add_cc_bcc,
            followup_sequence_delay=followup_sequence_delay,
            followup_sequence_id=followup_sequence_id,
            has_reply=has_reply,
            send_as_id=send_as_id,
        )

        email_activity.additional_properties = d
        return email_activity

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
