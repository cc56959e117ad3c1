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
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.comment_summary import CommentSummary
    from ..models.meeting_activity_integration import MeetingActivityIntegration
    from ..models.meeting_attendee import MeetingAttendee
    from ..models.meeting_conference_link import MeetingConferenceLink
    from ..models.meeting_paused_subscription import MeetingPausedSubscription
    from ..models.meeting_summary import MeetingSummary
    from ..models.meeting_transcript import MeetingTranscript


T = TypeVar("T", bound="MeetingActivityVariant")


@_attrs_define
class MeetingActivityVariant:
    """A MeetingActivity as an item of the mixed activity list: `_type` is required there, so an item is matched by its
    `_type` only.

        Attributes:
            type_ (Literal['Meeting']): Always `Meeting`.
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

    type_: Literal["Meeting"]
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

        type_ = self.type_

        id = self.id

        organization_id = self.organization_id

        lead_id: None | str | Unset
        if isinstance(self.lead_id, Unset):
            lead_id = UNSET
        else:
            lead_id = self.lead_id

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

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

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at

        title = self.title

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MeetingStatus):
            status = self.status.value
        else:
            status = self.status

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
            ends_at = self.ends_at.isoformat()

        duration = self.duration

        actual_duration: int | None | Unset
        if isinstance(self.actual_duration, Unset):
            actual_duration = UNSET
        else:
            actual_duration = self.actual_duration

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        note = self.note

        attendees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = []
            for attendees_item_data in self.attendees:
                attendees_item = attendees_item_data.to_dict()
                attendees.append(attendees_item)

        is_recurring = self.is_recurring

        calendar_event_link: None | str | Unset
        if isinstance(self.calendar_event_link, Unset):
            calendar_event_link = UNSET
        else:
            calendar_event_link = self.calendar_event_link

        calendar_event_uids: list[str] | Unset = UNSET
        if not isinstance(self.calendar_event_uids, Unset):
            calendar_event_uids = self.calendar_event_uids

        conference_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conference_links, Unset):
            conference_links = []
            for conference_links_item_data in self.conference_links:
                conference_links_item = conference_links_item_data.to_dict()
                conference_links.append(conference_links_item)

        connected_account_id: None | str | Unset
        if isinstance(self.connected_account_id, Unset):
            connected_account_id = UNSET
        else:
            connected_account_id = self.connected_account_id

        provider_calendar_event_id: None | str | Unset
        if isinstance(self.provider_calendar_event_id, Unset):
            provider_calendar_event_id = UNSET
        else:
            provider_calendar_event_id = self.provider_calendar_event_id

        provider_calendar_ids: list[str] | Unset = UNSET
        if not isinstance(self.provider_calendar_ids, Unset):
            provider_calendar_ids = self.provider_calendar_ids

        provider_calendar_type: None | str | Unset
        if isinstance(self.provider_calendar_type, Unset):
            provider_calendar_type = UNSET
        elif isinstance(self.provider_calendar_type, MeetingProviderCalendarType):
            provider_calendar_type = self.provider_calendar_type.value
        else:
            provider_calendar_type = self.provider_calendar_type

        attached_call_ids: list[str] | Unset = UNSET
        if not isinstance(self.attached_call_ids, Unset):
            attached_call_ids = self.attached_call_ids

        integrations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = []
            for integrations_item_data in self.integrations:
                integrations_item = integrations_item_data.to_dict()
                integrations.append(integrations_item)

        notetaker_id: None | str | Unset
        if isinstance(self.notetaker_id, Unset):
            notetaker_id = UNSET
        else:
            notetaker_id = self.notetaker_id

        outcome_id: None | str | Unset
        if isinstance(self.outcome_id, Unset):
            outcome_id = UNSET
        else:
            outcome_id = self.outcome_id

        outcome_reason: None | str | Unset
        if isinstance(self.outcome_reason, Unset):
            outcome_reason = UNSET
        elif isinstance(self.outcome_reason, ActivityOutcomeReason):
            outcome_reason = self.outcome_reason.value
        else:
            outcome_reason = self.outcome_reason

        outcome_autofill_confidence: None | str | Unset
        if isinstance(self.outcome_autofill_confidence, Unset):
            outcome_autofill_confidence = UNSET
        elif isinstance(self.outcome_autofill_confidence, ActivityOutcomeAutofillConfidence):
            outcome_autofill_confidence = self.outcome_autofill_confidence.value
        else:
            outcome_autofill_confidence = self.outcome_autofill_confidence

        outcome_autofill_reasoning: None | str | Unset
        if isinstance(self.outcome_autofill_reasoning, Unset):
            outcome_autofill_reasoning = UNSET
        else:
            outcome_autofill_reasoning = self.outcome_autofill_reasoning

        playbook_id: None | str | Unset
        if isinstance(self.playbook_id, Unset):
            playbook_id = UNSET
        else:
            playbook_id = self.playbook_id

        playbook_reason: None | str | Unset
        if isinstance(self.playbook_reason, Unset):
            playbook_reason = UNSET
        elif isinstance(self.playbook_reason, ActivityPlaybookReason):
            playbook_reason = self.playbook_reason.value
        else:
            playbook_reason = self.playbook_reason

        conversation_type_id: None | str | Unset
        if isinstance(self.conversation_type_id, Unset):
            conversation_type_id = UNSET
        else:
            conversation_type_id = self.conversation_type_id

        conversation_type_reason: None | str | Unset
        if isinstance(self.conversation_type_reason, Unset):
            conversation_type_reason = UNSET
        elif isinstance(self.conversation_type_reason, ActivityPlaybookReason):
            conversation_type_reason = self.conversation_type_reason.value
        else:
            conversation_type_reason = self.conversation_type_reason

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, MeetingSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        user_note: None | str | Unset
        if isinstance(self.user_note, Unset):
            user_note = UNSET
        else:
            user_note = self.user_note

        user_note_html: None | str | Unset
        if isinstance(self.user_note_html, Unset):
            user_note_html = UNSET
        else:
            user_note_html = self.user_note_html

        user_note_date_updated: None | str | Unset
        if isinstance(self.user_note_date_updated, Unset):
            user_note_date_updated = UNSET
        elif isinstance(self.user_note_date_updated, datetime.datetime):
            user_note_date_updated = self.user_note_date_updated.isoformat()
        else:
            user_note_date_updated = self.user_note_date_updated

        user_note_mentions: list[str] | Unset = UNSET
        if not isinstance(self.user_note_mentions, Unset):
            user_note_mentions = self.user_note_mentions

        comment_summary: dict[str, Any] | None | Unset
        if isinstance(self.comment_summary, Unset):
            comment_summary = UNSET
        elif isinstance(self.comment_summary, CommentSummary):
            comment_summary = self.comment_summary.to_dict()
        else:
            comment_summary = self.comment_summary

        paused_subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.paused_subscriptions, Unset):
            paused_subscriptions = []
            for paused_subscriptions_item_data in self.paused_subscriptions:
                paused_subscriptions_item = paused_subscriptions_item_data.to_dict()
                paused_subscriptions.append(paused_subscriptions_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if users is not UNSET:
            field_dict["users"] = users
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
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if source is not UNSET:
            field_dict["source"] = source
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if duration is not UNSET:
            field_dict["duration"] = duration
        if actual_duration is not UNSET:
            field_dict["actual_duration"] = actual_duration
        if location is not UNSET:
            field_dict["location"] = location
        if note is not UNSET:
            field_dict["note"] = note
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        if is_recurring is not UNSET:
            field_dict["is_recurring"] = is_recurring
        if calendar_event_link is not UNSET:
            field_dict["calendar_event_link"] = calendar_event_link
        if calendar_event_uids is not UNSET:
            field_dict["calendar_event_uids"] = calendar_event_uids
        if conference_links is not UNSET:
            field_dict["conference_links"] = conference_links
        if connected_account_id is not UNSET:
            field_dict["connected_account_id"] = connected_account_id
        if provider_calendar_event_id is not UNSET:
            field_dict["provider_calendar_event_id"] = provider_calendar_event_id
        if provider_calendar_ids is not UNSET:
            field_dict["provider_calendar_ids"] = provider_calendar_ids
        if provider_calendar_type is not UNSET:
            field_dict["provider_calendar_type"] = provider_calendar_type
        if attached_call_ids is not UNSET:
            field_dict["attached_call_ids"] = attached_call_ids
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if notetaker_id is not UNSET:
            field_dict["notetaker_id"] = notetaker_id
        if outcome_id is not UNSET:
            field_dict["outcome_id"] = outcome_id
        if outcome_reason is not UNSET:
            field_dict["outcome_reason"] = outcome_reason
        if outcome_autofill_confidence is not UNSET:
            field_dict["outcome_autofill_confidence"] = outcome_autofill_confidence
        if outcome_autofill_reasoning is not UNSET:
            field_dict["outcome_autofill_reasoning"] = outcome_autofill_reasoning
        if playbook_id is not UNSET:
            field_dict["playbook_id"] = playbook_id
        if playbook_reason is not UNSET:
            field_dict["playbook_reason"] = playbook_reason
        if conversation_type_id is not UNSET:
            field_dict["conversation_type_id"] = conversation_type_id
        if conversation_type_reason is not UNSET:
            field_dict["conversation_type_reason"] = conversation_type_reason
        if summary is not UNSET:
            field_dict["summary"] = summary
        if user_note is not UNSET:
            field_dict["user_note"] = user_note
        if user_note_html is not UNSET:
            field_dict["user_note_html"] = user_note_html
        if user_note_date_updated is not UNSET:
            field_dict["user_note_date_updated"] = user_note_date_updated
        if user_note_mentions is not UNSET:
            field_dict["user_note_mentions"] = user_note_mentions
        if comment_summary is not UNSET:
            field_dict["comment_summary"] = comment_summary
        if paused_subscriptions is not UNSET:
            field_dict["_paused_subscriptions"] = paused_subscriptions
        if transcripts is not UNSET:
            field_dict["transcripts"] = transcripts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.comment_summary import CommentSummary  # noqa: PLC0415
        from ..models.meeting_activity_integration import MeetingActivityIntegration  # noqa: PLC0415
        from ..models.meeting_attendee import MeetingAttendee  # noqa: PLC0415
        from ..models.meeting_conference_link import MeetingConferenceLink  # noqa: PLC0415
        from ..models.meeting_paused_subscription import MeetingPausedSubscription  # noqa: PLC0415
        from ..models.meeting_summary import MeetingSummary  # noqa: PLC0415
        from ..models.meeting_transcript import MeetingTranscript  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["Meeting"], d.pop("_type"))
        if type_ != "Meeting":
            raise ValueError(f"_type must match const 'Meeting', got '{type_}'")

        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        def _parse_lead_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_id = _parse_lead_id(d.pop("lead_id", UNSET))

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_name = _parse_user_name(d.pop("user_name", UNSET))

        users = cast(list[str], d.pop("users", UNSET))

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

        title = d.pop("title", UNSET)

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
            return cast(MeetingStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _source = d.pop("source", UNSET)
        source: MeetingSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = MeetingSource(_source)

        _starts_at = d.pop("starts_at", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = parse_datetime(_starts_at)

        _ends_at = d.pop("ends_at", UNSET)
        ends_at: datetime.datetime | Unset
        if isinstance(_ends_at, Unset):
            ends_at = UNSET
        else:
            ends_at = parse_datetime(_ends_at)

        duration = d.pop("duration", UNSET)

        def _parse_actual_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        actual_duration = _parse_actual_duration(d.pop("actual_duration", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        note = d.pop("note", UNSET)

        _attendees = d.pop("attendees", UNSET)
        attendees: list[MeetingAttendee] | Unset = UNSET
        if _attendees is not UNSET:
            attendees = []
            for attendees_item_data in _attendees:
                attendees_item = MeetingAttendee.from_dict(attendees_item_data)

                attendees.append(attendees_item)

        is_recurring = d.pop("is_recurring", UNSET)

        def _parse_calendar_event_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        calendar_event_link = _parse_calendar_event_link(d.pop("calendar_event_link", UNSET))

        calendar_event_uids = cast(list[str], d.pop("calendar_event_uids", UNSET))

        _conference_links = d.pop("conference_links", UNSET)
        conference_links: list[MeetingConferenceLink] | Unset = UNSET
        if _conference_links is not UNSET:
            conference_links = []
            for conference_links_item_data in _conference_links:
                conference_links_item = MeetingConferenceLink.from_dict(conference_links_item_data)

                conference_links.append(conference_links_item)

        def _parse_connected_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connected_account_id = _parse_connected_account_id(d.pop("connected_account_id", UNSET))

        def _parse_provider_calendar_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_calendar_event_id = _parse_provider_calendar_event_id(
            d.pop("provider_calendar_event_id", UNSET)
        )

        provider_calendar_ids = cast(list[str], d.pop("provider_calendar_ids", UNSET))

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
            return cast(MeetingProviderCalendarType | None | Unset, data)

        provider_calendar_type = _parse_provider_calendar_type(
            d.pop("provider_calendar_type", UNSET)
        )

        attached_call_ids = cast(list[str], d.pop("attached_call_ids", UNSET))

        _integrations = d.pop("integrations", UNSET)
        integrations: list[MeetingActivityIntegration] | Unset = UNSET
        if _integrations is not UNSET:
            integrations = []
            for integrations_item_data in _integrations:
                integrations_item = MeetingActivityIntegration.from_dict(integrations_item_data)

                integrations.append(integrations_item)

        def _parse_notetaker_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notetaker_id = _parse_notetaker_id(d.pop("notetaker_id", UNSET))

        def _parse_outcome_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome_id = _parse_outcome_id(d.pop("outcome_id", UNSET))

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
            return cast(ActivityOutcomeReason | None | Unset, data)

        outcome_reason = _parse_outcome_reason(d.pop("outcome_reason", UNSET))

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
            return cast(ActivityOutcomeAutofillConfidence | None | Unset, data)

        outcome_autofill_confidence = _parse_outcome_autofill_confidence(
            d.pop("outcome_autofill_confidence", UNSET)
        )

        def _parse_outcome_autofill_reasoning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome_autofill_reasoning = _parse_outcome_autofill_reasoning(
            d.pop("outcome_autofill_reasoning", UNSET)
        )

        def _parse_playbook_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        playbook_id = _parse_playbook_id(d.pop("playbook_id", UNSET))

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
            return cast(ActivityPlaybookReason | None | Unset, data)

        playbook_reason = _parse_playbook_reason(d.pop("playbook_reason", UNSET))

        def _parse_conversation_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversation_type_id = _parse_conversation_type_id(d.pop("conversation_type_id", UNSET))

        def _parse_conversation_type_reason(data: object) -> ActivityPlaybookReason | None | Unset:
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
            return cast(ActivityPlaybookReason | None | Unset, data)

        conversation_type_reason = _parse_conversation_type_reason(
            d.pop("conversation_type_reason", UNSET)
        )

        def _parse_summary(data: object) -> MeetingSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_type_0 = MeetingSummary.from_dict(data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingSummary | None | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_user_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_note = _parse_user_note(d.pop("user_note", UNSET))

        def _parse_user_note_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_note_html = _parse_user_note_html(d.pop("user_note_html", UNSET))

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
            return cast(datetime.datetime | None | Unset, data)

        user_note_date_updated = _parse_user_note_date_updated(
            d.pop("user_note_date_updated", UNSET)
        )

        user_note_mentions = cast(list[str], d.pop("user_note_mentions", UNSET))

        def _parse_comment_summary(data: object) -> CommentSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comment_summary_type_0 = CommentSummary.from_dict(data)

                return comment_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommentSummary | None | Unset, data)

        comment_summary = _parse_comment_summary(d.pop("comment_summary", UNSET))

        _paused_subscriptions = d.pop("_paused_subscriptions", UNSET)
        paused_subscriptions: list[MeetingPausedSubscription] | Unset = UNSET
        if _paused_subscriptions is not UNSET:
            paused_subscriptions = []
            for paused_subscriptions_item_data in _paused_subscriptions:
                paused_subscriptions_item = MeetingPausedSubscription.from_dict(
                    paused_subscriptions_item_data
                )

                paused_subscriptions.append(paused_subscriptions_item)

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
            return cast(list[MeetingTranscript] | None | Unset, data)

        transcripts = _parse_transcripts(d.pop("transcripts", UNSET))

        meeting_activity_variant = cls(
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

        meeting_activity_variant.additional_properties = d
        return meeting_activity_variant

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
