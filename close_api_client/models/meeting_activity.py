from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_outcome_autofill_confidence import ActivityOutcomeAutofillConfidence
from ..models.activity_outcome_reason import ActivityOutcomeReason
from ..models.activity_playbook_reason import ActivityPlaybookReason
from ..models.meeting_provider_calendar_type import MeetingProviderCalendarType
from ..models.meeting_source import MeetingSource
from ..models.meeting_status import MeetingStatus
from ..types import UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.comment_summary import CommentSummary
    from ..models.meeting_activity_integration import MeetingActivityIntegration
    from ..models.meeting_attendee import MeetingAttendee
    from ..models.meeting_conference_link import MeetingConferenceLink
    from ..models.meeting_paused_subscription import MeetingPausedSubscription
    from ..models.meeting_summary import MeetingSummary
    from ..models.meeting_transcript import MeetingTranscript


T = TypeVar("T", bound="MeetingActivity")


@_attrs_define
class MeetingActivity:
    """A calendar meeting with a lead; `date_created` is its start.

    Attributes:
        type_ (Literal['Meeting'] | Unset): Always `Meeting`.
        id (str | Unset): The activity id (`acti_...`).
        organization_id (str | Unset):
        lead_id (None | str | Unset):
        contact_id (None | str | Unset):
        user_id (None | str | Unset): The user the activity belongs to.
        user_name (None | str | Unset):
        users (list[str] | Unset): Ids of the users involved.
        created_by (None | str | Unset):
        created_by_name (None | str | Unset):
        updated_by (None | str | Unset):
        updated_by_name (None | str | Unset):
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
        activity_at (datetime.datetime | None | Unset): When the activity happened (newer field).
        title (str | Unset):
        status (MeetingStatus | None | Unset):
        source (MeetingSource | Unset): Where the meeting came from.
        starts_at (datetime.datetime | Unset):
        ends_at (datetime.datetime | Unset):
        duration (int | Unset): Planned length in seconds.
        actual_duration (int | None | Unset):
        location (None | str | Unset):
        note (str | Unset): The calendar event's description.
        attendees (list[MeetingAttendee] | Unset):
        is_recurring (bool | Unset):
        calendar_event_link (None | str | Unset):
        calendar_event_uids (list[str] | Unset):
        conference_links (list[MeetingConferenceLink] | Unset):
        connected_account_id (None | str | Unset):
        provider_calendar_event_id (None | str | Unset):
        provider_calendar_ids (list[str] | Unset):
        provider_calendar_type (MeetingProviderCalendarType | None | Unset):
        attached_call_ids (list[str] | Unset):
        integrations (list[MeetingActivityIntegration] | Unset): Third-party integration data attached by OAuth apps.
        notetaker_id (None | str | Unset):
        outcome_id (None | str | Unset):
        outcome_reason (ActivityOutcomeReason | None | Unset):
        outcome_autofill_confidence (ActivityOutcomeAutofillConfidence | None | Unset):
        outcome_autofill_reasoning (None | str | Unset):
        playbook_id (None | str | Unset):
        playbook_reason (ActivityPlaybookReason | None | Unset):
        conversation_type_id (None | str | Unset):
        conversation_type_reason (ActivityPlaybookReason | None | Unset):
        summary (MeetingSummary | None | Unset):
        user_note (None | str | Unset):
        user_note_html (None | str | Unset): Rich text.
        user_note_date_updated (datetime.datetime | None | Unset):
        user_note_mentions (list[str] | Unset):
        comment_summary (CommentSummary | None | Unset):
        paused_subscriptions (list[MeetingPausedSubscription] | Unset):
        transcripts (list[MeetingTranscript] | None | Unset): Only when asked for with `_fields`.
    """

    type_: Literal["Meeting"] | Unset = UNSET
    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    lead_id: None | str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    users: list[str] | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    updated_by_name: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    title: str | Unset = UNSET
    status: MeetingStatus | None | Unset = UNSET
    source: MeetingSource | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    duration: int | Unset = UNSET
    actual_duration: int | None | Unset = UNSET
    location: None | str | Unset = UNSET
    note: str | Unset = UNSET
    attendees: list[MeetingAttendee] | Unset = UNSET
    is_recurring: bool | Unset = UNSET
    calendar_event_link: None | str | Unset = UNSET
    calendar_event_uids: list[str] | Unset = UNSET
    conference_links: list[MeetingConferenceLink] | Unset = UNSET
    connected_account_id: None | str | Unset = UNSET
    provider_calendar_event_id: None | str | Unset = UNSET
    provider_calendar_ids: list[str] | Unset = UNSET
    provider_calendar_type: MeetingProviderCalendarType | None | Unset = UNSET
    attached_call_ids: list[str] | Unset = UNSET
    integrations: list[MeetingActivityIntegration] | Unset = UNSET
    notetaker_id: None | str | Unset = UNSET
    outcome_id: None | str | Unset = UNSET
    outcome_reason: ActivityOutcomeReason | None | Unset = UNSET
    outcome_autofill_confidence: ActivityOutcomeAutofillConfidence | None | Unset = UNSET
    outcome_autofill_reasoning: None | str | Unset = UNSET
    playbook_id: None | str | Unset = UNSET
    playbook_reason: ActivityPlaybookReason | None | Unset = UNSET
    conversation_type_id: None | str | Unset = UNSET
    conversation_type_reason: ActivityPlaybookReason | None | Unset = UNSET
    summary: MeetingSummary | None | Unset = UNSET
    user_note: None | str | Unset = UNSET
    user_note_html: None | str | Unset = UNSET
    user_note_date_updated: datetime.datetime | None | Unset = UNSET
    user_note_mentions: list[str] | Unset = UNSET
    comment_summary: CommentSummary | None | Unset = UNSET
    paused_subscriptions: list[MeetingPausedSubscription] | Unset = UNSET
    transcripts: list[MeetingTranscript] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.comment_summary import CommentSummary  # noqa: PLC0415
        from ..models.meeting_summary import MeetingSummary  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["_type"] = type_

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        organization_id = self.organization_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        lead_id: None | str | Unset
        if isinstance(self.lead_id, Unset):
            lead_id = UNSET
        else:
            lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        updated_by_name: None | str | Unset
        if isinstance(self.updated_by_name, Unset):
            updated_by_name = UNSET
        else:
            updated_by_name = self.updated_by_name
        if updated_by_name is not UNSET:
            field_dict["updated_by_name"] = updated_by_name

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MeetingStatus):
            status = self.status.value
        else:
            status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        if source is not UNSET:
            field_dict["source"] = source

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at

        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
            ends_at = self.ends_at.isoformat()
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at

        duration = self.duration
        if duration is not UNSET:
            field_dict["duration"] = duration

        actual_duration: int | None | Unset
        if isinstance(self.actual_duration, Unset):
            actual_duration = UNSET
        else:
            actual_duration = self.actual_duration
        if actual_duration is not UNSET:
            field_dict["actual_duration"] = actual_duration

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location
        if location is not UNSET:
            field_dict["location"] = location

        note = self.note
        if note is not UNSET:
            field_dict["note"] = note

        attendees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = []
            for attendees_item_data in self.attendees:
                attendees_item = attendees_item_data.to_dict()
                attendees.append(attendees_item)

        if attendees is not UNSET:
            field_dict["attendees"] = attendees

        is_recurring = self.is_recurring
        if is_recurring is not UNSET:
            field_dict["is_recurring"] = is_recurring

        calendar_event_link: None | str | Unset
        if isinstance(self.calendar_event_link, Unset):
            calendar_event_link = UNSET
        else:
            calendar_event_link = self.calendar_event_link
        if calendar_event_link is not UNSET:
            field_dict["calendar_event_link"] = calendar_event_link

        calendar_event_uids: list[str] | Unset = UNSET
        if not isinstance(self.calendar_event_uids, Unset):
            calendar_event_uids = self.calendar_event_uids

        if calendar_event_uids is not UNSET:
            field_dict["calendar_event_uids"] = calendar_event_uids

        conference_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conference_links, Unset):
            conference_links = []
            for conference_links_item_data in self.conference_links:
                conference_links_item = conference_links_item_data.to_dict()
                conference_links.append(conference_links_item)

        if conference_links is not UNSET:
            field_dict["conference_links"] = conference_links

        connected_account_id: None | str | Unset
        if isinstance(self.connected_account_id, Unset):
            connected_account_id = UNSET
        else:
            connected_account_id = self.connected_account_id
        if connected_account_id is not UNSET:
            field_dict["connected_account_id"] = connected_account_id

        provider_calendar_event_id: None | str | Unset
        if isinstance(self.provider_calendar_event_id, Unset):
            provider_calendar_event_id = UNSET
        else:
            provider_calendar_event_id = self.provider_calendar_event_id
        if provider_calendar_event_id is not UNSET:
            field_dict["provider_calendar_event_id"] = provider_calendar_event_id

        provider_calendar_ids: list[str] | Unset = UNSET
        if not isinstance(self.provider_calendar_ids, Unset):
            provider_calendar_ids = self.provider_calendar_ids

        if provider_calendar_ids is not UNSET:
            field_dict["provider_calendar_ids"] = provider_calendar_ids

        provider_calendar_type: None | str | Unset
        if isinstance(self.provider_calendar_type, Unset):
            provider_calendar_type = UNSET
        elif isinstance(self.provider_calendar_type, MeetingProviderCalendarType):
            provider_calendar_type = self.provider_calendar_type.value
        else:
            provider_calendar_type = self.provider_calendar_type
        if provider_calendar_type is not UNSET:
            field_dict["provider_calendar_type"] = provider_calendar_type

        attached_call_ids: list[str] | Unset = UNSET
        if not isinstance(self.attached_call_ids, Unset):
            attached_call_ids = self.attached_call_ids

        if attached_call_ids is not UNSET:
            field_dict["attached_call_ids"] = attached_call_ids

        integrations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = []
            for integrations_item_data in self.integrations:
                integrations_item = integrations_item_data.to_dict()
                integrations.append(integrations_item)

        if integrations is not UNSET:
            field_dict["integrations"] = integrations

        notetaker_id: None | str | Unset
        if isinstance(self.notetaker_id, Unset):
            notetaker_id = UNSET
        else:
            notetaker_id = self.notetaker_id
        if notetaker_id is not UNSET:
            field_dict["notetaker_id"] = notetaker_id

        outcome_id: None | str | Unset
        if isinstance(self.outcome_id, Unset):
            outcome_id = UNSET
        else:
            outcome_id = self.outcome_id
        if outcome_id is not UNSET:
            field_dict["outcome_id"] = outcome_id

        outcome_reason: None | str | Unset
        if isinstance(self.outcome_reason, Unset):
            outcome_reason = UNSET
        elif isinstance(self.outcome_reason, ActivityOutcomeReason):
            outcome_reason = self.outcome_reason.value
        else:
            outcome_reason = self.outcome_reason
        if outcome_reason is not UNSET:
            field_dict["outcome_reason"] = outcome_reason

        outcome_autofill_confidence: None | str | Unset
        if isinstance(self.outcome_autofill_confidence, Unset):
            outcome_autofill_confidence = UNSET
        elif isinstance(self.outcome_autofill_confidence, ActivityOutcomeAutofillConfidence):
            outcome_autofill_confidence = self.outcome_autofill_confidence.value
        else:
            outcome_autofill_confidence = self.outcome_autofill_confidence
        if outcome_autofill_confidence is not UNSET:
            field_dict["outcome_autofill_confidence"] = outcome_autofill_confidence

        outcome_autofill_reasoning: None | str | Unset
        if isinstance(self.outcome_autofill_reasoning, Unset):
            outcome_autofill_reasoning = UNSET
        else:
            outcome_autofill_reasoning = self.outcome_autofill_reasoning
        if outcome_autofill_reasoning is not UNSET:
            field_dict["outcome_autofill_reasoning"] = outcome_autofill_reasoning

        playbook_id: None | str | Unset
        if isinstance(self.playbook_id, Unset):
            playbook_id = UNSET
        else:
            playbook_id = self.playbook_id
        if playbook_id is not UNSET:
            field_dict["playbook_id"] = playbook_id

        playbook_reason: None | str | Unset
        if isinstance(self.playbook_reason, Unset):
            playbook_reason = UNSET
        elif isinstance(self.playbook_reason, ActivityPlaybookReason):
            playbook_reason = self.playbook_reason.value
        else:
            playbook_reason = self.playbook_reason
        if playbook_reason is not UNSET:
            field_dict["playbook_reason"] = playbook_reason

        conversation_type_id: None | str | Unset
        if isinstance(self.conversation_type_id, Unset):
            conversation_type_id = UNSET
        else:
            conversation_type_id = self.conversation_type_id
        if conversation_type_id is not UNSET:
            field_dict["conversation_type_id"] = conversation_type_id

        conversation_type_reason: None | str | Unset
        if isinstance(self.conversation_type_reason, Unset):
            conversation_type_reason = UNSET
        elif isinstance(self.conversation_type_reason, ActivityPlaybookReason):
            conversation_type_reason = self.conversation_type_reason.value
        else:
            conversation_type_reason = self.conversation_type_reason
        if conversation_type_reason is not UNSET:
            field_dict["conversation_type_reason"] = conversation_type_reason

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, MeetingSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary
        if summary is not UNSET:
            field_dict["summary"] = summary

        user_note: None | str | Unset
        if isinstance(self.user_note, Unset):
            user_note = UNSET
        else:
            user_note = self.user_note
        if user_note is not UNSET:
            field_dict["user_note"] = user_note

        user_note_html: None | str | Unset
        if isinstance(self.user_note_html, Unset):
            user_note_html = UNSET
        else:
            user_note_html = self.user_note_html
        if user_note_html is not UNSET:
            field_dict["user_note_html"] = user_note_html

        user_note_date_updated: None | str | Unset
        if isinstance(self.user_note_date_updated, Unset):
            user_note_date_updated = UNSET
        elif isinstance(self.user_note_date_updated, datetime.datetime):
            user_note_date_updated = self.user_note_date_updated.isoformat()
        else:
            user_note_date_updated = self.user_note_date_updated
        if user_note_date_updated is not UNSET:
            field_dict["user_note_date_updated"] = user_note_date_updated

        user_note_mentions: list[str] | Unset = UNSET
        if not isinstance(self.user_note_mentions, Unset):
            user_note_mentions = self.user_note_mentions

        if user_note_mentions is not UNSET:
            field_dict["user_note_mentions"] = user_note_mentions

        comment_summary: dict[str, Any] | None | Unset
        if isinstance(self.comment_summary, Unset):
            comment_summary = UNSET
        elif isinstance(self.comment_summary, CommentSummary):
            comment_summary = self.comment_summary.to_dict()
        else:
            comment_summary = self.comment_summary
        if comment_summary is not UNSET:
            field_dict["comment_summary"] = comment_summary

        paused_subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.paused_subscriptions, Unset):
            paused_subscriptions = []
            for paused_subscriptions_item_data in self.paused_subscriptions:
                paused_subscriptions_item = paused_subscriptions_item_data.to_dict()
                paused_subscriptions.append(paused_subscriptions_item)

        if paused_subscriptions is not UNSET:
            field_dict["_paused_subscriptions"] = paused_subscriptions

        transcripts: list[dict[str, Any]] | None | Unset
        if isinstance(self.transcripts, Unset):
            transcripts = UNSET
        elif isinstance(self.transcripts, list):
            transcripts = []
            for transcripts_type_0_item_data in self.transcripts:
                transcripts_type_0_item = transcripts_type_0_item_data.to_dict()
                transcripts.append(transcripts_type_0_item)

        else:
            transcripts = self.transcripts
        if transcripts is not UNSET:
            field_dict["transcripts"] = transcripts

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return src.get("_type") == "Meeting"

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
            raise not_an_object("MeetingActivity", src_dict)
        from ..models.comment_summary import CommentSummary  # noqa: PLC0415
        from ..models.meeting_activity_integration import MeetingActivityIntegration  # noqa: PLC0415
        from ..models.meeting_attendee import MeetingAttendee  # noqa: PLC0415
        from ..models.meeting_conference_link import MeetingConferenceLink  # noqa: PLC0415
        from ..models.meeting_paused_subscription import MeetingPausedSubscription  # noqa: PLC0415
        from ..models.meeting_summary import MeetingSummary  # noqa: PLC0415
        from ..models.meeting_transcript import MeetingTranscript  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["Meeting"] | Unset, d.pop("_type", UNSET))
        if type_ != "Meeting" and not isinstance(type_, Unset):
            raise ValueError(f"_type must match const 'Meeting', got '{type_}'")

        _raw_id = d.pop("id", UNSET)
        id: str | Unset
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = UNSET
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str | Unset
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = UNSET
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: None | str | Unset
        if isinstance(_raw_lead_id, str) or _raw_lead_id is None:
            lead_id = _raw_lead_id
        else:
            lead_id = UNSET
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: None | str | Unset
        if isinstance(_raw_contact_id, str) or _raw_contact_id is None:
            contact_id = _raw_contact_id
        else:
            contact_id = UNSET
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: None | str | Unset
        if isinstance(_raw_user_id, str) or _raw_user_id is None:
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

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

        _raw_updated_by = d.pop("updated_by", UNSET)
        updated_by: None | str | Unset
        if isinstance(_raw_updated_by, str) or _raw_updated_by is None:
            updated_by = _raw_updated_by
        else:
            updated_by = UNSET
            if _raw_updated_by is not UNSET:
                d["updated_by"] = _raw_updated_by

        _raw_updated_by_name = d.pop("updated_by_name", UNSET)
        updated_by_name: None | str | Unset
        if isinstance(_raw_updated_by_name, str) or _raw_updated_by_name is None:
            updated_by_name = _raw_updated_by_name
        else:
            updated_by_name = UNSET
            if _raw_updated_by_name is not UNSET:
                d["updated_by_name"] = _raw_updated_by_name

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

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _date_updated = _raw_date_updated
            date_updated: datetime.datetime | Unset
            if isinstance(_date_updated, Unset):
                date_updated = UNSET
            else:
                date_updated = parse_datetime(_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = UNSET
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

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

        _raw_title = d.pop("title", UNSET)
        title: str | Unset
        if isinstance(_raw_title, str):
            title = _raw_title
        else:
            title = UNSET
            if _raw_title is not UNSET:
                d["title"] = _raw_title

        _raw_status = d.pop("status", UNSET)
        try:

            def _parse_status(data: object) -> MeetingStatus | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    status_type_0 = MeetingStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(MeetingStatus | None | Unset, data)

            status = _parse_status(_raw_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = UNSET
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_source = d.pop("source", UNSET)
        try:
            _source = _raw_source
            source: MeetingSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = MeetingSource(_source)

        except (TypeError, ValueError, AttributeError, KeyError):
            source = UNSET
            if _raw_source is not UNSET:
                d["source"] = _raw_source

        _raw_starts_at = d.pop("starts_at", UNSET)
        try:
            _starts_at = _raw_starts_at
            starts_at: datetime.datetime | Unset
            if isinstance(_starts_at, Unset):
                starts_at = UNSET
            else:
                starts_at = parse_datetime(_starts_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            starts_at = UNSET
            if _raw_starts_at is not UNSET:
                d["starts_at"] = _raw_starts_at

        _raw_ends_at = d.pop("ends_at", UNSET)
        try:
            _ends_at = _raw_ends_at
            ends_at: datetime.datetime | Unset
            if isinstance(_ends_at, Unset):
                ends_at = UNSET
            else:
                ends_at = parse_datetime(_ends_at)

        except (TypeError, ValueError, AttributeError, KeyError):
            ends_at = UNSET
            if _raw_ends_at is not UNSET:
                d["ends_at"] = _raw_ends_at

        _raw_duration = d.pop("duration", UNSET)
        duration: int | Unset
        if isinstance(_raw_duration, int) and not isinstance(_raw_duration, bool):
            duration = _raw_duration
        else:
            duration = UNSET
            if _raw_duration is not UNSET:
                d["duration"] = _raw_duration

        _raw_actual_duration = d.pop("actual_duration", UNSET)
        actual_duration: int | None | Unset
        if (
            isinstance(_raw_actual_duration, int) and not isinstance(_raw_actual_duration, bool)
        ) or _raw_actual_duration is None:
            actual_duration = _raw_actual_duration
        else:
            actual_duration = UNSET
            if _raw_actual_duration is not UNSET:
                d["actual_duration"] = _raw_actual_duration

        _raw_location = d.pop("location", UNSET)
        location: None | str | Unset
        if isinstance(_raw_location, str) or _raw_location is None:
            location = _raw_location
        else:
            location = UNSET
            if _raw_location is not UNSET:
                d["location"] = _raw_location

        _raw_note = d.pop("note", UNSET)
        note: str | Unset
        if isinstance(_raw_note, str):
            note = _raw_note
        else:
            note = UNSET
            if _raw_note is not UNSET:
                d["note"] = _raw_note

        _raw_attendees = d.pop("attendees", UNSET)
        try:
            _fits = _raw_attendees is UNSET or isinstance(_raw_attendees, list)
            if not _fits:
                raise TypeError()
            _attendees = _raw_attendees
            attendees: list[MeetingAttendee] | Unset = UNSET
            if _attendees is not UNSET:
                attendees = []
                for attendees_item_data in _attendees:
                    attendees_item = MeetingAttendee.from_dict(attendees_item_data)

                    attendees.append(attendees_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            attendees = UNSET
            if _raw_attendees is not UNSET:
                d["attendees"] = _raw_attendees

        _raw_is_recurring = d.pop("is_recurring", UNSET)
        is_recurring: bool | Unset
        if isinstance(_raw_is_recurring, bool):
            is_recurring = _raw_is_recurring
        else:
            is_recurring = UNSET
            if _raw_is_recurring is not UNSET:
                d["is_recurring"] = _raw_is_recurring

        _raw_calendar_event_link = d.pop("calendar_event_link", UNSET)
        calendar_event_link: None | str | Unset
        if isinstance(_raw_calendar_event_link, str) or _raw_calendar_event_link is None:
            calendar_event_link = _raw_calendar_event_link
        else:
            calendar_event_link = UNSET
            if _raw_calendar_event_link is not UNSET:
                d["calendar_event_link"] = _raw_calendar_event_link

        _raw_calendar_event_uids = d.pop("calendar_event_uids", UNSET)
        calendar_event_uids: list[str] | Unset
        if isinstance(_raw_calendar_event_uids, list) and all(
            isinstance(item, str) for item in _raw_calendar_event_uids
        ):
            calendar_event_uids = _raw_calendar_event_uids
        else:
            calendar_event_uids = UNSET
            if _raw_calendar_event_uids is not UNSET:
                d["calendar_event_uids"] = _raw_calendar_event_uids

        _raw_conference_links = d.pop("conference_links", UNSET)
        try:
            _fits = _raw_conference_links is UNSET or isinstance(_raw_conference_links, list)
            if not _fits:
                raise TypeError()
            _conference_links = _raw_conference_links
            conference_links: list[MeetingConferenceLink] | Unset = UNSET
            if _conference_links is not UNSET:
                conference_links = []
                for conference_links_item_data in _conference_links:
                    conference_links_item = MeetingConferenceLink.from_dict(
                        conference_links_item_data
                    )

                    conference_links.append(conference_links_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            conference_links = UNSET
            if _raw_conference_links is not UNSET:
                d["conference_links"] = _raw_conference_links

        _raw_connected_account_id = d.pop("connected_account_id", UNSET)
        connected_account_id: None | str | Unset
        if isinstance(_raw_connected_account_id, str) or _raw_connected_account_id is None:
            connected_account_id = _raw_connected_account_id
        else:
            connected_account_id = UNSET
            if _raw_connected_account_id is not UNSET:
                d["connected_account_id"] = _raw_connected_account_id

        _raw_provider_calendar_event_id = d.pop("provider_calendar_event_id", UNSET)
        provider_calendar_event_id: None | str | Unset
        if (
            isinstance(_raw_provider_calendar_event_id, str)
            or _raw_provider_calendar_event_id is None
        ):
            provider_calendar_event_id = _raw_provider_calendar_event_id
        else:
            provider_calendar_event_id = UNSET
            if _raw_provider_calendar_event_id is not UNSET:
                d["provider_calendar_event_id"] = _raw_provider_calendar_event_id

        _raw_provider_calendar_ids = d.pop("provider_calendar_ids", UNSET)
        provider_calendar_ids: list[str] | Unset
        if isinstance(_raw_provider_calendar_ids, list) and all(
            isinstance(item, str) for item in _raw_provider_calendar_ids
        ):
            provider_calendar_ids = _raw_provider_calendar_ids
        else:
            provider_calendar_ids = UNSET
            if _raw_provider_calendar_ids is not UNSET:
                d["provider_calendar_ids"] = _raw_provider_calendar_ids

        _raw_provider_calendar_type = d.pop("provider_calendar_type", UNSET)
        try:

            def _parse_provider_calendar_type(
                data: object,
            ) -> MeetingProviderCalendarType | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    provider_calendar_type_type_0 = MeetingProviderCalendarType(data)

                    return provider_calendar_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(MeetingProviderCalendarType | None | Unset, data)

            provider_calendar_type = _parse_provider_calendar_type(_raw_provider_calendar_type)

        except (TypeError, ValueError, AttributeError, KeyError):
            provider_calendar_type = UNSET
            if _raw_provider_calendar_type is not UNSET:
                d["provider_calendar_type"] = _raw_provider_calendar_type

        _raw_attached_call_ids = d.pop("attached_call_ids", UNSET)
        attached_call_ids: list[str] | Unset
        if isinstance(_raw_attached_call_ids, list) and all(
            isinstance(item, str) for item in _raw_attached_call_ids
        ):
            attached_call_ids = _raw_attached_call_ids
        else:
            attached_call_ids = UNSET
            if _raw_attached_call_ids is not UNSET:
                d["attached_call_ids"] = _raw_attached_call_ids

        _raw_integrations = d.pop("integrations", UNSET)
        try:
            _fits = _raw_integrations is UNSET or isinstance(_raw_integrations, list)
            if not _fits:
                raise TypeError()
            _integrations = _raw_integrations
            integrations: list[MeetingActivityIntegration] | Unset = UNSET
            if _integrations is not UNSET:
                integrations = []
                for integrations_item_data in _integrations:
                    integrations_item = MeetingActivityIntegration.from_dict(integrations_item_data)

                    integrations.append(integrations_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            integrations = UNSET
            if _raw_integrations is not UNSET:
                d["integrations"] = _raw_integrations

        _raw_notetaker_id = d.pop("notetaker_id", UNSET)
        notetaker_id: None | str | Unset
        if isinstance(_raw_notetaker_id, str) or _raw_notetaker_id is None:
            notetaker_id = _raw_notetaker_id
        else:
            notetaker_id = UNSET
            if _raw_notetaker_id is not UNSET:
                d["notetaker_id"] = _raw_notetaker_id

        _raw_outcome_id = d.pop("outcome_id", UNSET)
        outcome_id: None | str | Unset
        if isinstance(_raw_outcome_id, str) or _raw_outcome_id is None:
            outcome_id = _raw_outcome_id
        else:
            outcome_id = UNSET
            if _raw_outcome_id is not UNSET:
                d["outcome_id"] = _raw_outcome_id

        _raw_outcome_reason = d.pop("outcome_reason", UNSET)
        try:

            def _parse_outcome_reason(data: object) -> ActivityOutcomeReason | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    outcome_reason_type_0 = ActivityOutcomeReason(data)

                    return outcome_reason_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(ActivityOutcomeReason | None | Unset, data)

            outcome_reason = _parse_outcome_reason(_raw_outcome_reason)

        except (TypeError, ValueError, AttributeError, KeyError):
            outcome_reason = UNSET
            if _raw_outcome_reason is not UNSET:
                d["outcome_reason"] = _raw_outcome_reason

        _raw_outcome_autofill_confidence = d.pop("outcome_autofill_confidence", UNSET)
        try:

            def _parse_outcome_autofill_confidence(
                data: object,
            ) -> ActivityOutcomeAutofillConfidence | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    outcome_autofill_confidence_type_0 = ActivityOutcomeAutofillConfidence(data)

                    return outcome_autofill_confidence_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(ActivityOutcomeAutofillConfidence | None | Unset, data)

            outcome_autofill_confidence = _parse_outcome_autofill_confidence(
                _raw_outcome_autofill_confidence
            )

        except (TypeError, ValueError, AttributeError, KeyError):
            outcome_autofill_confidence = UNSET
            if _raw_outcome_autofill_confidence is not UNSET:
                d["outcome_autofill_confidence"] = _raw_outcome_autofill_confidence

        _raw_outcome_autofill_reasoning = d.pop("outcome_autofill_reasoning", UNSET)
        outcome_autofill_reasoning: None | str | Unset
        if (
            isinstance(_raw_outcome_autofill_reasoning, str)
            or _raw_outcome_autofill_reasoning is None
        ):
            outcome_autofill_reasoning = _raw_outcome_autofill_reasoning
        else:
            outcome_autofill_reasoning = UNSET
            if _raw_outcome_autofill_reasoning is not UNSET:
                d["outcome_autofill_reasoning"] = _raw_outcome_autofill_reasoning

        _raw_playbook_id = d.pop("playbook_id", UNSET)
        playbook_id: None | str | Unset
        if isinstance(_raw_playbook_id, str) or _raw_playbook_id is None:
            playbook_id = _raw_playbook_id
        else:
            playbook_id = UNSET
            if _raw_playbook_id is not UNSET:
                d["playbook_id"] = _raw_playbook_id

        _raw_playbook_reason = d.pop("playbook_reason", UNSET)
        try:

            def _parse_playbook_reason(data: object) -> ActivityPlaybookReason | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    playbook_reason_type_0 = ActivityPlaybookReason(data)

                    return playbook_reason_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(ActivityPlaybookReason | None | Unset, data)

            playbook_reason = _parse_playbook_reason(_raw_playbook_reason)

        except (TypeError, ValueError, AttributeError, KeyError):
            playbook_reason = UNSET
            if _raw_playbook_reason is not UNSET:
                d["playbook_reason"] = _raw_playbook_reason

        _raw_conversation_type_id = d.pop("conversation_type_id", UNSET)
        conversation_type_id: None | str | Unset
        if isinstance(_raw_conversation_type_id, str) or _raw_conversation_type_id is None:
            conversation_type_id = _raw_conversation_type_id
        else:
            conversation_type_id = UNSET
            if _raw_conversation_type_id is not UNSET:
                d["conversation_type_id"] = _raw_conversation_type_id

        _raw_conversation_type_reason = d.pop("conversation_type_reason", UNSET)
        try:

            def _parse_conversation_type_reason(
                data: object,
            ) -> ActivityPlaybookReason | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    conversation_type_reason_type_0 = ActivityPlaybookReason(data)

                    return conversation_type_reason_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(ActivityPlaybookReason | None | Unset, data)

            conversation_type_reason = _parse_conversation_type_reason(
                _raw_conversation_type_reason
            )

        except (TypeError, ValueError, AttributeError, KeyError):
            conversation_type_reason = UNSET
            if _raw_conversation_type_reason is not UNSET:
                d["conversation_type_reason"] = _raw_conversation_type_reason

        _raw_summary = d.pop("summary", UNSET)
        try:

            def _parse_summary(data: object) -> MeetingSummary | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not MeetingSummary._carries_constants(data):
                        raise TypeError()

                    summary_type_0 = MeetingSummary.from_dict(data)

                    return summary_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(MeetingSummary | None | Unset, data)

            summary = _parse_summary(_raw_summary)

        except (TypeError, ValueError, AttributeError, KeyError):
            summary = UNSET
            if _raw_summary is not UNSET:
                d["summary"] = _raw_summary

        _raw_user_note = d.pop("user_note", UNSET)
        user_note: None | str | Unset
        if isinstance(_raw_user_note, str) or _raw_user_note is None:
            user_note = _raw_user_note
        else:
            user_note = UNSET
            if _raw_user_note is not UNSET:
                d["user_note"] = _raw_user_note

        _raw_user_note_html = d.pop("user_note_html", UNSET)
        user_note_html: None | str | Unset
        if isinstance(_raw_user_note_html, str) or _raw_user_note_html is None:
            user_note_html = _raw_user_note_html
        else:
            user_note_html = UNSET
            if _raw_user_note_html is not UNSET:
                d["user_note_html"] = _raw_user_note_html

        _raw_user_note_date_updated = d.pop("user_note_date_updated", UNSET)
        try:

            def _parse_user_note_date_updated(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    user_note_date_updated_type_0 = parse_datetime(data)

                    return user_note_date_updated_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            user_note_date_updated = _parse_user_note_date_updated(_raw_user_note_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            user_note_date_updated = UNSET
            if _raw_user_note_date_updated is not UNSET:
                d["user_note_date_updated"] = _raw_user_note_date_updated

        _raw_user_note_mentions = d.pop("user_note_mentions", UNSET)
        user_note_mentions: list[str] | Unset
        if isinstance(_raw_user_note_mentions, list) and all(
            isinstance(item, str) for item in _raw_user_note_mentions
        ):
            user_note_mentions = _raw_user_note_mentions
        else:
            user_note_mentions = UNSET
            if _raw_user_note_mentions is not UNSET:
                d["user_note_mentions"] = _raw_user_note_mentions

        _raw_comment_summary = d.pop("comment_summary", UNSET)
        try:

            def _parse_comment_summary(data: object) -> CommentSummary | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not CommentSummary._carries_constants(data):
                        raise TypeError()

                    comment_summary_type_0 = CommentSummary.from_dict(data)

                    return comment_summary_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(CommentSummary | None | Unset, data)

            comment_summary = _parse_comment_summary(_raw_comment_summary)

        except (TypeError, ValueError, AttributeError, KeyError):
            comment_summary = UNSET
            if _raw_comment_summary is not UNSET:
                d["comment_summary"] = _raw_comment_summary

        _raw_paused_subscriptions = d.pop("_paused_subscriptions", UNSET)
        try:
            _fits = _raw_paused_subscriptions is UNSET or isinstance(
                _raw_paused_subscriptions, list
            )
            if not _fits:
                raise TypeError()
            _paused_subscriptions = _raw_paused_subscriptions
            paused_subscriptions: list[MeetingPausedSubscription] | Unset = UNSET
            if _paused_subscriptions is not UNSET:
                paused_subscriptions = []
                for paused_subscriptions_item_data in _paused_subscriptions:
                    paused_subscriptions_item = MeetingPausedSubscription.from_dict(
                        paused_subscriptions_item_data
                    )

                    paused_subscriptions.append(paused_subscriptions_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            paused_subscriptions = UNSET
            if _raw_paused_subscriptions is not UNSET:
                d["_paused_subscriptions"] = _raw_paused_subscriptions

        _raw_transcripts = d.pop("transcripts", UNSET)
        try:

            def _parse_transcripts(data: object) -> list[MeetingTranscript] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()

                    transcripts_type_0 = []
                    _transcripts_type_0 = data
                    for transcripts_type_0_item_data in _transcripts_type_0:
                        transcripts_type_0_item = MeetingTranscript.from_dict(
                            transcripts_type_0_item_data
                        )

                        transcripts_type_0.append(transcripts_type_0_item)

                    return transcripts_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(list[MeetingTranscript] | None | Unset, data)

            transcripts = _parse_transcripts(_raw_transcripts)

        except (TypeError, ValueError, AttributeError, KeyError):
            transcripts = UNSET
            if _raw_transcripts is not UNSET:
                d["transcripts"] = _raw_transcripts

        parsed_obj = cls(
            type_=type_,
            id=id,
            organization_id=organization_id,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            user_name=user_name,
            users=users,
            created_by=created_by,
            created_by_name=created_by_name,
            updated_by=updated_by,
            updated_by_name=updated_by_name,
            date_created=date_created,
            date_updated=date_updated,
            activity_at=activity_at,
            title=title,
            status=status,
            source=source,
            starts_at=starts_at,
            ends_at=ends_at,
            duration=duration,
            actual_duration=actual_duration,
            location=location,
            note=note,
            attendees=attendees,
            is_recurring=is_recurring,
            calendar_event_link=calendar_event_link,
            calendar_event_uids=calendar_event_uids,
            conference_links=conference_links,
            connected_account_id=connected_account_id,
            provider_calendar_event_id=provider_calendar_event_id,
            provider_calendar_ids=provider_calendar_ids,
            provider_calendar_type=provider_calendar_type,
            attached_call_ids=attached_call_ids,
            integrations=integrations,
            notetaker_id=notetaker_id,
            outcome_id=outcome_id,
            outcome_reason=outcome_reason,
            outcome_autofill_confidence=outcome_autofill_confidence,
            outcome_autofill_reasoning=outcome_autofill_reasoning,
            playbook_id=playbook_id,
            playbook_reason=playbook_reason,
            conversation_type_id=conversation_type_id,
            conversation_type_reason=conversation_type_reason,
            summary=summary,
            user_note=user_note,
            user_note_html=user_note_html,
            user_note_date_updated=user_note_date_updated,
            user_note_mentions=user_note_mentions,
            comment_summary=comment_summary,
            paused_subscriptions=paused_subscriptions,
            transcripts=transcripts,
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
