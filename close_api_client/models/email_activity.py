from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_direction import CommunicationDirection
from ..models.email_status import EmailStatus
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

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
        direction (CommunicationDirection | None):
        status (EmailStatus): State of an email: `inbox` (received), `draft`, `scheduled`, `outbox` (being sent),
            `sent`.
        sender (None | str): The From address, possibly with a name: `"Name" <address>`.
        to (list[str]):
        cc (list[str]):
        bcc (list[str]):
        subject (None | str):
        envelope (EmailEnvelope | None):
        attachments (list[ActivityAttachment] | None):
        opens (list[Any] | None): Tracked opens of the email.
        send_attempts (list[Any] | None):
        template_id (None | str):
        type_ (Literal['Email'] | Unset): Always `Email`.
        user_name (None | str | Unset):
        users (list[str] | Unset): Ids of the users involved.
        created_by_name (None | str | Unset):
        activity_at (datetime.datetime | None | Unset): When the activity happened (newer field).
        body_text (None | str | Unset):
        body_html (None | str | Unset):
        body_preview (None | str | Unset):
        body_text_quoted (list[EmailQuotedText] | None | Unset):
        body_html_quoted (list[EmailQuotedHtml] | None | Unset):
        opens_summary (None | str | Unset): A human-readable summary of tracked opens.
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
    direction: CommunicationDirection | None
    status: EmailStatus
    sender: None | str
    to: list[str]
    cc: list[str]
    bcc: list[str]
    subject: None | str
    envelope: EmailEnvelope | None
    attachments: list[ActivityAttachment] | None
    opens: list[Any] | None
    send_attempts: list[Any] | None
    template_id: None | str
    type_: Literal["Email"] | Unset = UNSET
    user_name: None | str | Unset = UNSET
    users: list[str] | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    body_text: None | str | Unset = UNSET
    body_html: None | str | Unset = UNSET
    body_preview: None | str | Unset = UNSET
    body_text_quoted: list[EmailQuotedText] | None | Unset = UNSET
    body_html_quoted: list[EmailQuotedHtml] | None | Unset = UNSET
    opens_summary: None | str | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        if not isinstance(self.lead_id, Unset):  # absent only if trimmed by _fields
            lead_id: None | str
            lead_id = self.lead_id
            field_dict["lead_id"] = lead_id

        if not isinstance(self.contact_id, Unset):  # absent only if trimmed by _fields
            contact_id: None | str
            contact_id = self.contact_id
            field_dict["contact_id"] = contact_id

        if not isinstance(self.user_id, Unset):  # absent only if trimmed by _fields
            user_id: None | str
            user_id = self.user_id
            field_dict["user_id"] = user_id

        if not isinstance(self.created_by, Unset):  # absent only if trimmed by _fields
            created_by: None | str
            created_by = self.created_by
            field_dict["created_by"] = created_by

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

        if not isinstance(self.direction, Unset):  # absent only if trimmed by _fields
            direction: None | str
            if isinstance(self.direction, CommunicationDirection):
                direction = self.direction.value
            else:
                direction = self.direction
            field_dict["direction"] = direction

        if not isinstance(self.status, Unset):  # absent only if trimmed by _fields
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.sender, Unset):  # absent only if trimmed by _fields
            sender: None | str
            sender = self.sender
            field_dict["sender"] = sender

        if not isinstance(self.to, Unset):  # absent only if trimmed by _fields
            to = self.to

            field_dict["to"] = to

        if not isinstance(self.cc, Unset):  # absent only if trimmed by _fields
            cc = self.cc

            field_dict["cc"] = cc

        if not isinstance(self.bcc, Unset):  # absent only if trimmed by _fields
            bcc = self.bcc

            field_dict["bcc"] = bcc

        if not isinstance(self.subject, Unset):  # absent only if trimmed by _fields
            subject: None | str
            subject = self.subject
            field_dict["subject"] = subject

        if not isinstance(self.envelope, Unset):  # absent only if trimmed by _fields
            envelope: dict[str, Any] | None
            if isinstance(self.envelope, EmailEnvelope):
                envelope = self.envelope.to_dict()
            else:
                envelope = self.envelope
            field_dict["envelope"] = envelope

        if not isinstance(self.attachments, Unset):  # absent only if trimmed by _fields
            attachments: list[dict[str, Any]] | None
            if isinstance(self.attachments, list):
                attachments = []
                for attachments_type_0_item_data in self.attachments:
                    attachments_type_0_item = attachments_type_0_item_data.to_dict()
                    attachments.append(attachments_type_0_item)

            else:
                attachments = self.attachments
            field_dict["attachments"] = attachments

        if not isinstance(self.opens, Unset):  # absent only if trimmed by _fields
            opens: list[Any] | None
            if isinstance(self.opens, list):
                opens = self.opens

            else:
                opens = self.opens
            field_dict["opens"] = opens

        if not isinstance(self.send_attempts, Unset):  # absent only if trimmed by _fields
            send_attempts: list[Any] | None
            if isinstance(self.send_attempts, list):
                send_attempts = self.send_attempts

            else:
                send_attempts = self.send_attempts
            field_dict["send_attempts"] = send_attempts

        if not isinstance(self.template_id, Unset):  # absent only if trimmed by _fields
            template_id: None | str
            template_id = self.template_id
            field_dict["template_id"] = template_id

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["_type"] = type_

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        if users is not UNSET:
            field_dict["users"] = users

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at

        body_text: None | str | Unset
        if isinstance(self.body_text, Unset):
            body_text = UNSET
        else:
            body_text = self.body_text
        if body_text is not UNSET:
            field_dict["body_text"] = body_text

        body_html: None | str | Unset
        if isinstance(self.body_html, Unset):
            body_html = UNSET
        else:
            body_html = self.body_html
        if body_html is not UNSET:
            field_dict["body_html"] = body_html

        body_preview: None | str | Unset
        if isinstance(self.body_preview, Unset):
            body_preview = UNSET
        else:
            body_preview = self.body_preview
        if body_preview is not UNSET:
            field_dict["body_preview"] = body_preview

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
        if body_text_quoted is not UNSET:
            field_dict["body_text_quoted"] = body_text_quoted

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
        if body_html_quoted is not UNSET:
            field_dict["body_html_quoted"] = body_html_quoted

        opens_summary: None | str | Unset
        if isinstance(self.opens_summary, Unset):
            opens_summary = UNSET
        else:
            opens_summary = self.opens_summary
        if opens_summary is not UNSET:
            field_dict["opens_summary"] = opens_summary

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name
        if template_name is not UNSET:
            field_dict["template_name"] = template_name

        thread_id: None | str | Unset
        if isinstance(self.thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = self.thread_id
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id

        in_reply_to_id: None | str | Unset
        if isinstance(self.in_reply_to_id, Unset):
            in_reply_to_id = UNSET
        else:
            in_reply_to_id = self.in_reply_to_id
        if in_reply_to_id is not UNSET:
            field_dict["in_reply_to_id"] = in_reply_to_id

        message_ids: list[str] | Unset = UNSET
        if not isinstance(self.message_ids, Unset):
            message_ids = self.message_ids

        if message_ids is not UNSET:
            field_dict["message_ids"] = message_ids

        references: list[str] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = self.references

        if references is not UNSET:
            field_dict["references"] = references

        email_account_id: None | str | Unset
        if isinstance(self.email_account_id, Unset):
            email_account_id = UNSET
        else:
            email_account_id = self.email_account_id
        if email_account_id is not UNSET:
            field_dict["email_account_id"] = email_account_id

        need_smtp_credentials = self.need_smtp_credentials
        if need_smtp_credentials is not UNSET:
            field_dict["need_smtp_credentials"] = need_smtp_credentials

        date_sent: None | str | Unset
        if isinstance(self.date_sent, Unset):
            date_sent = UNSET
        elif isinstance(self.date_sent, datetime.datetime):
            date_sent = self.date_sent.isoformat()
        else:
            date_sent = self.date_sent
        if date_sent is not UNSET:
            field_dict["date_sent"] = date_sent

        sequence_subscription_id: None | str | Unset
        if isinstance(self.sequence_subscription_id, Unset):
            sequence_subscription_id = UNSET
        else:
            sequence_subscription_id = self.sequence_subscription_id
        if sequence_subscription_id is not UNSET:
            field_dict["sequence_subscription_id"] = sequence_subscription_id

        sequence_id: None | str | Unset
        if isinstance(self.sequence_id, Unset):
            sequence_id = UNSET
        else:
            sequence_id = self.sequence_id
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id

        sequence_name: None | str | Unset
        if isinstance(self.sequence_name, Unset):
            sequence_name = UNSET
        else:
            sequence_name = self.sequence_name
        if sequence_name is not UNSET:
            field_dict["sequence_name"] = sequence_name

        agent_action_reason: None | str | Unset
        if isinstance(self.agent_action_reason, Unset):
            agent_action_reason = UNSET
        else:
            agent_action_reason = self.agent_action_reason
        if agent_action_reason is not UNSET:
            field_dict["agent_action_reason"] = agent_action_reason

        agent_config_id: None | str | Unset
        if isinstance(self.agent_config_id, Unset):
            agent_config_id = UNSET
        else:
            agent_config_id = self.agent_config_id
        if agent_config_id is not UNSET:
            field_dict["agent_config_id"] = agent_config_id

        bulk_email_action_id: None | str | Unset
        if isinstance(self.bulk_email_action_id, Unset):
            bulk_email_action_id = UNSET
        else:
            bulk_email_action_id = self.bulk_email_action_id
        if bulk_email_action_id is not UNSET:
            field_dict["bulk_email_action_id"] = bulk_email_action_id

        date_scheduled: None | str | Unset
        if isinstance(self.date_scheduled, Unset):
            date_scheduled = UNSET
        elif isinstance(self.date_scheduled, datetime.datetime):
            date_scheduled = self.date_scheduled.isoformat()
        else:
            date_scheduled = self.date_scheduled
        if date_scheduled is not UNSET:
            field_dict["date_scheduled"] = date_scheduled

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

        has_reply = self.has_reply
        if has_reply is not UNSET:
            field_dict["has_reply"] = has_reply

        send_as_id: None | str | Unset
        if isinstance(self.send_as_id, Unset):
            send_as_id = UNSET
        else:
            send_as_id = self.send_as_id
        if send_as_id is not UNSET:
            field_dict["send_as_id"] = send_as_id

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return src.get("_type") == "Email"

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
            raise not_an_object("EmailActivity", src_dict)
        from ..models.activity_attachment import ActivityAttachment  # noqa: PLC0415
        from ..models.email_envelope import EmailEnvelope  # noqa: PLC0415
        from ..models.email_quoted_html import EmailQuotedHtml  # noqa: PLC0415
        from ..models.email_quoted_text import EmailQuotedText  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

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

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: None | str
        if isinstance(_raw_contact_id, str) or _raw_contact_id is None:
            contact_id = _raw_contact_id
        else:
            contact_id = MISSING
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: None | str
        if isinstance(_raw_user_id, str) or _raw_user_id is None:
            user_id = _raw_user_id
        else:
            user_id = MISSING
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: None | str
        if isinstance(_raw_created_by, str) or _raw_created_by is None:
            created_by = _raw_created_by
        else:
            created_by = MISSING
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

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

        _raw_direction = d.pop("direction", UNSET)
        try:
            _fits = _raw_direction is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_direction(data: object) -> CommunicationDirection | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    direction_type_0 = CommunicationDirection(data)

                    return direction_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(CommunicationDirection | None, data)

            direction = _parse_direction(_raw_direction)

        except (TypeError, ValueError, AttributeError, KeyError):
            direction = MISSING
            if _raw_direction is not UNSET:
                d["direction"] = _raw_direction

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

        _raw_sender = d.pop("sender", UNSET)
        sender: None | str
        if isinstance(_raw_sender, str) or _raw_sender is None:
            sender = _raw_sender
        else:
            sender = MISSING
            if _raw_sender is not UNSET:
                d["sender"] = _raw_sender

        _raw_to = d.pop("to", UNSET)
        to: list[str]
        if isinstance(_raw_to, list) and all(isinstance(item, str) for item in _raw_to):
            to = _raw_to
        else:
            to = MISSING
            if _raw_to is not UNSET:
                d["to"] = _raw_to

        _raw_cc = d.pop("cc", UNSET)
        cc: list[str]
        if isinstance(_raw_cc, list) and all(isinstance(item, str) for item in _raw_cc):
            cc = _raw_cc
        else:
            cc = MISSING
            if _raw_cc is not UNSET:
                d["cc"] = _raw_cc

        _raw_bcc = d.pop("bcc", UNSET)
        bcc: list[str]
        if isinstance(_raw_bcc, list) and all(isinstance(item, str) for item in _raw_bcc):
            bcc = _raw_bcc
        else:
            bcc = MISSING
            if _raw_bcc is not UNSET:
                d["bcc"] = _raw_bcc

        _raw_subject = d.pop("subject", UNSET)
        subject: None | str
        if isinstance(_raw_subject, str) or _raw_subject is None:
            subject = _raw_subject
        else:
            subject = MISSING
            if _raw_subject is not UNSET:
                d["subject"] = _raw_subject

        _raw_envelope = d.pop("envelope", UNSET)
        try:
            _fits = _raw_envelope is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_envelope(data: object) -> EmailEnvelope | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not EmailEnvelope._carries_constants(data):
                        raise TypeError()

                    envelope_type_0 = EmailEnvelope.from_dict(data)

                    return envelope_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(EmailEnvelope | None, data)

            envelope = _parse_envelope(_raw_envelope)

        except (TypeError, ValueError, AttributeError, KeyError):
            envelope = MISSING
            if _raw_envelope is not UNSET:
                d["envelope"] = _raw_envelope

        _raw_attachments = d.pop("attachments", UNSET)
        try:
            _fits = _raw_attachments is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_attachments(data: object) -> list[ActivityAttachment] | None:
                if data is None:
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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(list[ActivityAttachment] | None, data)

            attachments = _parse_attachments(_raw_attachments)

        except (TypeError, ValueError, AttributeError, KeyError):
            attachments = MISSING
            if _raw_attachments is not UNSET:
                d["attachments"] = _raw_attachments

        _raw_opens = d.pop("opens", UNSET)
        opens: list[Any] | None
        if isinstance(_raw_opens, list) or _raw_opens is None:
            opens = _raw_opens
        else:
            opens = MISSING
            if _raw_opens is not UNSET:
                d["opens"] = _raw_opens

        _raw_send_attempts = d.pop("send_attempts", UNSET)
        send_attempts: list[Any] | None
        if isinstance(_raw_send_attempts, list) or _raw_send_attempts is None:
            send_attempts = _raw_send_attempts
        else:
            send_attempts = MISSING
            if _raw_send_attempts is not UNSET:
                d["send_attempts"] = _raw_send_attempts

        _raw_template_id = d.pop("template_id", UNSET)
        template_id: None | str
        if isinstance(_raw_template_id, str) or _raw_template_id is None:
            template_id = _raw_template_id
        else:
            template_id = MISSING
            if _raw_template_id is not UNSET:
                d["template_id"] = _raw_template_id

        type_ = cast(Literal["Email"] | Unset, d.pop("_type", UNSET))
        if type_ != "Email" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'Email', got '{type_}'")

        _raw_user_name = d.pop("user_name", UNSET)
        user_name: None | str | Unset
        if isinstance(_raw_user_name, str) or _raw_user_name is None:
            user_name = _raw_user_name
        else:
            user_name = UNSET
            if _raw_user_name is not UNSET:
                d["user_name"] = _raw_user_name

        _raw_users = d.pop("users", UNSET)
        users: list[str] | Unset
        if isinstance(_raw_users, list) and all(isinstance(item, str) for item in _raw_users):
            users = _raw_users
        else:
            users = UNSET
            if _raw_users is not UNSET:
                d["users"] = _raw_users

        _raw_created_by_name = d.pop("created_by_name", UNSET)
        created_by_name: None | str | Unset
        if isinstance(_raw_created_by_name, str) or _raw_created_by_name is None:
            created_by_name = _raw_created_by_name
        else:
            created_by_name = UNSET
            if _raw_created_by_name is not UNSET:
                d["created_by_name"] = _raw_created_by_name

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

        _raw_body_text = d.pop("body_text", UNSET)
        body_text: None | str | Unset
        if isinstance(_raw_body_text, str) or _raw_body_text is None:
            body_text = _raw_body_text
        else:
            body_text = UNSET
            if _raw_body_text is not UNSET:
                d["body_text"] = _raw_body_text

        _raw_body_html = d.pop("body_html", UNSET)
        body_html: None | str | Unset
        if isinstance(_raw_body_html, str) or _raw_body_html is None:
            body_html = _raw_body_html
        else:
            body_html = UNSET
            if _raw_body_html is not UNSET:
                d["body_html"] = _raw_body_html

        _raw_body_preview = d.pop("body_preview", UNSET)
        body_preview: None | str | Unset
        if isinstance(_raw_body_preview, str) or _raw_body_preview is None:
            body_preview = _raw_body_preview
        else:
            body_preview = UNSET
            if _raw_body_preview is not UNSET:
                d["body_preview"] = _raw_body_preview

        _raw_body_text_quoted = d.pop("body_text_quoted", UNSET)
        try:

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(list[EmailQuotedText] | None | Unset, data)

            body_text_quoted = _parse_body_text_quoted(_raw_body_text_quoted)

        except (TypeError, ValueError, AttributeError, KeyError):
            body_text_quoted = UNSET
            if _raw_body_text_quoted is not UNSET:
                d["body_text_quoted"] = _raw_body_text_quoted

        _raw_body_html_quoted = d.pop("body_html_quoted", UNSET)
        try:

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(list[EmailQuotedHtml] | None | Unset, data)

            body_html_quoted = _parse_body_html_quoted(_raw_body_html_quoted)

        except (TypeError, ValueError, AttributeError, KeyError):
            body_html_quoted = UNSET
            if _raw_body_html_quoted is not UNSET:
                d["body_html_quoted"] = _raw_body_html_quoted

        _raw_opens_summary = d.pop("opens_summary", UNSET)
        opens_summary: None | str | Unset
        if isinstance(_raw_opens_summary, str) or _raw_opens_summary is None:
            opens_summary = _raw_opens_summary
        else:
            opens_summary = UNSET
            if _raw_opens_summary is not UNSET:
                d["opens_summary"] = _raw_opens_summary

        _raw_template_name = d.pop("template_name", UNSET)
        template_name: None | str | Unset
        if isinstance(_raw_template_name, str) or _raw_template_name is None:
            template_name = _raw_template_name
        else:
            template_name = UNSET
            if _raw_template_name is not UNSET:
                d["template_name"] = _raw_template_name

        _raw_thread_id = d.pop("thread_id", UNSET)
        thread_id: None | str | Unset
        if isinstance(_raw_thread_id, str) or _raw_thread_id is None:
            thread_id = _raw_thread_id
        else:
            thread_id = UNSET
            if _raw_thread_id is not UNSET:
                d["thread_id"] = _raw_thread_id

        _raw_in_reply_to_id = d.pop("in_reply_to_id", UNSET)
        in_reply_to_id: None | str | Unset
        if isinstance(_raw_in_reply_to_id, str) or _raw_in_reply_to_id is None:
            in_reply_to_id = _raw_in_reply_to_id
        else:
            in_reply_to_id = UNSET
            if _raw_in_reply_to_id is not UNSET:
                d["in_reply_to_id"] = _raw_in_reply_to_id

        _raw_message_ids = d.pop("message_ids", UNSET)
        message_ids: list[str] | Unset
        if isinstance(_raw_message_ids, list) and all(
            isinstance(item, str) for item in _raw_message_ids
        ):
            message_ids = _raw_message_ids
        else:
            message_ids = UNSET
            if _raw_message_ids is not UNSET:
                d["message_ids"] = _raw_message_ids

        _raw_references = d.pop("references", UNSET)
        references: list[str] | Unset
        if isinstance(_raw_references, list) and all(
            isinstance(item, str) for item in _raw_references
        ):
            references = _raw_references
        else:
            references = UNSET
            if _raw_references is not UNSET:
                d["references"] = _raw_references

        _raw_email_account_id = d.pop("email_account_id", UNSET)
        email_account_id: None | str | Unset
        if isinstance(_raw_email_account_id, str) or _raw_email_account_id is None:
            email_account_id = _raw_email_account_id
        else:
            email_account_id = UNSET
            if _raw_email_account_id is not UNSET:
                d["email_account_id"] = _raw_email_account_id

        _raw_need_smtp_credentials = d.pop("need_smtp_credentials", UNSET)
        need_smtp_credentials: bool | Unset
        if isinstance(_raw_need_smtp_credentials, bool):
            need_smtp_credentials = _raw_need_smtp_credentials
        else:
            need_smtp_credentials = UNSET
            if _raw_need_smtp_credentials is not UNSET:
                d["need_smtp_credentials"] = _raw_need_smtp_credentials

        _raw_date_sent = d.pop("date_sent", UNSET)
        try:

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            date_sent = _parse_date_sent(_raw_date_sent)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_sent = UNSET
            if _raw_date_sent is not UNSET:
                d["date_sent"] = _raw_date_sent

        _raw_sequence_subscription_id = d.pop("sequence_subscription_id", UNSET)
        sequence_subscription_id: None | str | Unset
        if isinstance(_raw_sequence_subscription_id, str) or _raw_sequence_subscription_id is None:
            sequence_subscription_id = _raw_sequence_subscription_id
        else:
            sequence_subscription_id = UNSET
            if _raw_sequence_subscription_id is not UNSET:
                d["sequence_subscription_id"] = _raw_sequence_subscription_id

        _raw_sequence_id = d.pop("sequence_id", UNSET)
        sequence_id: None | str | Unset
        if isinstance(_raw_sequence_id, str) or _raw_sequence_id is None:
            sequence_id = _raw_sequence_id
        else:
            sequence_id = UNSET
            if _raw_sequence_id is not UNSET:
                d["sequence_id"] = _raw_sequence_id

        _raw_sequence_name = d.pop("sequence_name", UNSET)
        sequence_name: None | str | Unset
        if isinstance(_raw_sequence_name, str) or _raw_sequence_name is None:
            sequence_name = _raw_sequence_name
        else:
            sequence_name = UNSET
            if _raw_sequence_name is not UNSET:
                d["sequence_name"] = _raw_sequence_name

        _raw_agent_action_reason = d.pop("agent_action_reason", UNSET)
        agent_action_reason: None | str | Unset
        if isinstance(_raw_agent_action_reason, str) or _raw_agent_action_reason is None:
            agent_action_reason = _raw_agent_action_reason
        else:
            agent_action_reason = UNSET
            if _raw_agent_action_reason is not UNSET:
                d["agent_action_reason"] = _raw_agent_action_reason

        _raw_agent_config_id = d.pop("agent_config_id", UNSET)
        agent_config_id: None | str | Unset
        if isinstance(_raw_agent_config_id, str) or _raw_agent_config_id is None:
            agent_config_id = _raw_agent_config_id
        else:
            agent_config_id = UNSET
            if _raw_agent_config_id is not UNSET:
                d["agent_config_id"] = _raw_agent_config_id

        _raw_bulk_email_action_id = d.pop("bulk_email_action_id", UNSET)
        bulk_email_action_id: None | str | Unset
        if isinstance(_raw_bulk_email_action_id, str) or _raw_bulk_email_action_id is None:
            bulk_email_action_id = _raw_bulk_email_action_id
        else:
            bulk_email_action_id = UNSET
            if _raw_bulk_email_action_id is not UNSET:
                d["bulk_email_action_id"] = _raw_bulk_email_action_id

        _raw_date_scheduled = d.pop("date_scheduled", UNSET)
        try:

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            date_scheduled = _parse_date_scheduled(_raw_date_scheduled)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_scheduled = UNSET
            if _raw_date_scheduled is not UNSET:
                d["date_scheduled"] = _raw_date_scheduled

        _raw_followup_sequence_add_cc_bcc = d.pop("followup_sequence_add_cc_bcc", UNSET)
        followup_sequence_add_cc_bcc: bool | Unset
        if isinstance(_raw_followup_sequence_add_cc_bcc, bool):
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

        _raw_has_reply = d.pop("has_reply", UNSET)
        has_reply: bool | Unset
        if isinstance(_raw_has_reply, bool):
            has_reply = _raw_has_reply
        else:
            has_reply = UNSET
            if _raw_has_reply is not UNSET:
                d["has_reply"] = _raw_has_reply

        _raw_send_as_id = d.pop("send_as_id", UNSET)
        send_as_id: None | str | Unset
        if isinstance(_raw_send_as_id, str) or _raw_send_as_id is None:
            send_as_id = _raw_send_as_id
        else:
            send_as_id = UNSET
            if _raw_send_as_id is not UNSET:
                d["send_as_id"] = _raw_send_as_id

        parsed_obj = cls(
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
            direction=direction,
            status=status,
            sender=sender,
            to=to,
            cc=cc,
            bcc=bcc,
            subject=subject,
            envelope=envelope,
            attachments=attachments,
            opens=opens,
            send_attempts=send_attempts,
            template_id=template_id,
            type_=type_,
            user_name=user_name,
            users=users,
            created_by_name=created_by_name,
            activity_at=activity_at,
            body_text=body_text,
            body_html=body_html,
            body_preview=body_preview,
            body_text_quoted=body_text_quoted,
            body_html_quoted=body_html_quoted,
            opens_summary=opens_summary,
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
