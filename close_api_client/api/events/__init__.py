"""The ``events`` operations: one module each, and ``EventsResource`` (``close.events``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.call_activity_event import CallActivityEvent
    from ...models.contact_event import ContactEvent
    from ...models.custom_activity_event import CustomActivityEvent
    from ...models.email_activity_event import EmailActivityEvent
    from ...models.email_thread_activity_event import EmailThreadActivityEvent
    from ...models.event import Event
    from ...models.event_action import EventAction
    from ...models.event_list import EventList
    from ...models.form_submission_activity_event import FormSubmissionActivityEvent
    from ...models.lead_event import LeadEvent
    from ...models.lead_status_change_activity_event import LeadStatusChangeActivityEvent
    from ...models.lead_task_event import LeadTaskEvent
    from ...models.meeting_activity_event import MeetingActivityEvent
    from ...models.note_activity_event import NoteActivityEvent
    from ...models.opportunity_event import OpportunityEvent
    from ...models.opportunity_status_change_activity_event import (
        OpportunityStatusChangeActivityEvent,
    )
    from ...models.sms_activity_event import SmsActivityEvent
    from ...models.task_completed_activity_event import TaskCompletedActivityEvent
    from ...models.whats_app_message_activity_event import WhatsAppMessageActivityEvent


class EventsResource:
    """The ``events`` operations as methods: ``close.events.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``events.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        cursor: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        object_type: str | Unset = UNSET,
        object_id: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        request_id: str | Unset = UNSET,
        action: EventAction | Unset = UNSET,
        date_updated_gt: datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.datetime | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[
        CallActivityEvent
        | ContactEvent
        | CustomActivityEvent
        | EmailActivityEvent
        | EmailThreadActivityEvent
        | Event
        | FormSubmissionActivityEvent
        | LeadEvent
        | LeadStatusChangeActivityEvent
        | LeadTaskEvent
        | MeetingActivityEvent
        | NoteActivityEvent
        | OpportunityEvent
        | OpportunityStatusChangeActivityEvent
        | SmsActivityEvent
        | TaskCompletedActivityEvent
        | WhatsAppMessageActivityEvent,
        EventList,
    ]:
        """List events

         Lists events of the last 30 days, latest first, with a cursor: pass `cursor_next` (older)
        or `cursor_previous` (newer) as `_cursor` together with the same filters. `_limit` is
        capped at and defaults to 50; `_skip` is not supported. Only some filter combinations
        are allowed (e.g. `object_type` + `action`, `lead_id` + `user_id`, just `request_id`).

        Paginates by event cursor (`_cursor`/`cursor_next`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            cursor (str | Unset): A `cursor_next` or `cursor_previous` value from a previous page.
            limit (int | Unset): Maximum number of events to return (at most and by default 50).
            object_type (str | Unset): Only events on objects of this type, e.g. `lead`,
                `activity.email`, `status_change.opportunity`.
            object_id (str | Unset): Only events on this object (not on related objects).
            lead_id (str | Unset): Only events on this lead and its contacts, activities,
                opportunities and tasks.
            user_id (str | Unset): Only objects belonging to this user.
            request_id (str | Unset): Only events emitted while processing this API request.
            action (EventAction | Unset): What happened to the object. Most events are `created`,
                `updated` or `deleted`; some
                object types have their own actions.
            date_updated_gt (datetime.datetime | Unset): Only objects updated after this time.
            date_updated_gte (datetime.datetime | Unset): Only objects updated at or after this time.
            date_updated_lt (datetime.datetime | Unset): Only objects updated before this time.
            date_updated_lte (datetime.datetime | Unset): Only objects updated at or before this time.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_events.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[CallActivityEvent | ContactEvent | CustomActivityEvent | EmailActivityEvent | EmailThreadActivityEvent | Event | FormSubmissionActivityEvent | LeadEvent | LeadStatusChangeActivityEvent | LeadTaskEvent | MeetingActivityEvent | NoteActivityEvent | OpportunityEvent | OpportunityStatusChangeActivityEvent | SmsActivityEvent | TaskCompletedActivityEvent | WhatsAppMessageActivityEvent, EventList]
        """

        from custom._listing import Listing

        from . import list_events

        return Listing(
            list_events,
            paging,
            client=self._client,
            cursor=cursor,
            limit=limit,
            object_type=object_type,
            object_id=object_id,
            lead_id=lead_id,
            user_id=user_id,
            request_id=request_id,
            action=action,
            date_updated_gt=date_updated_gt,
            date_updated_gte=date_updated_gte,
            date_updated_lt=date_updated_lt,
            date_updated_lte=date_updated_lte,
        )

    async def get(
        self,
        id: str,
    ) -> (
        CallActivityEvent
        | ContactEvent
        | CustomActivityEvent
        | EmailActivityEvent
        | EmailThreadActivityEvent
        | Event
        | FormSubmissionActivityEvent
        | LeadEvent
        | LeadStatusChangeActivityEvent
        | LeadTaskEvent
        | MeetingActivityEvent
        | NoteActivityEvent
        | OpportunityEvent
        | OpportunityStatusChangeActivityEvent
        | SmsActivityEvent
        | TaskCompletedActivityEvent
        | WhatsAppMessageActivityEvent
    ):
        """Get an event

         Returns one event. For non-admins, `data` and `previous_data` are only included for
        events less than an hour old.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `get_event.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CallActivityEvent | ContactEvent | CustomActivityEvent | EmailActivityEvent | EmailThreadActivityEvent | Event | FormSubmissionActivityEvent | LeadEvent | LeadStatusChangeActivityEvent | LeadTaskEvent | MeetingActivityEvent | NoteActivityEvent | OpportunityEvent | OpportunityStatusChangeActivityEvent | SmsActivityEvent | TaskCompletedActivityEvent | WhatsAppMessageActivityEvent
        """

        from .get_event import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
