"""The ``activities`` operations: one module each, and ``ActivitiesResource`` (``close.activities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.activity_list import ActivityList
    from ...models.call_activity import CallActivity
    from ...models.created_activity import CreatedActivity
    from ...models.custom_activity import CustomActivity
    from ...models.email_activity import EmailActivity
    from ...models.email_thread_activity import EmailThreadActivity
    from ...models.form_submission_activity import FormSubmissionActivity
    from ...models.lead_merge_activity import LeadMergeActivity
    from ...models.lead_status_change_activity import LeadStatusChangeActivity
    from ...models.meeting_activity import MeetingActivity
    from ...models.note_activity import NoteActivity
    from ...models.opportunity_status_change_activity import OpportunityStatusChangeActivity
    from ...models.sms_activity import SmsActivity
    from ...models.task_completed_activity import TaskCompletedActivity
    from ...models.thread_emails_mode import ThreadEmailsMode
    from ...models.unknown_activity import UnknownActivity
    from ...models.whats_app_message_activity import WhatsAppMessageActivity


class ActivitiesResource:
    """The ``activities`` operations as methods: ``close.activities.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``activities.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        contact_id_in: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_id_in: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        type_in: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        date_created_gt: datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.datetime | Unset = UNSET,
        thread_emails: ThreadEmailsMode | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        lead_id_in: str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[
        CallActivity
        | CreatedActivity
        | CustomActivity
        | EmailActivity
        | EmailThreadActivity
        | FormSubmissionActivity
        | LeadMergeActivity
        | LeadStatusChangeActivity
        | MeetingActivity
        | NoteActivity
        | OpportunityStatusChangeActivity
        | SmsActivity
        | TaskCompletedActivity
        | UnknownActivity
        | WhatsAppMessageActivity,
        ActivityList,
    ]:
        """List activities of every type

         Lists activities of all types as one mixed list: each item is parsed by its `_type` (an unknown type
        is kept as `UnknownActivity`). The `user_id`, `contact_id` and `_type` filters (and their `__in`
        forms) work only together with `lead_id`. `thread_emails` switches between Email and EmailThread
        items.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            lead_id (str | Unset): Only objects belonging to this lead.
            contact_id (str | Unset): Only activities of this contact (on the generic list: only
                together with `lead_id`).
            contact_id_in (str | Unset): Only activities of these contacts (comma-separated ids; on
                the generic list: only with `lead_id`).
            user_id (str | Unset): Only objects belonging to this user.
            user_id_in (str | Unset): Only activities of these users (comma-separated ids; on the
                generic list: only with `lead_id`).
            type_ (str | Unset): Only activities of this type, e.g. `Call`; for custom activities a
                Custom Activity Type id (`actitype_...`) or `Custom` for any custom type.
            type_in (str | Unset): Only activities of these types (comma-separated; on the generic
                list: only with `lead_id`).
            id_in (str | Unset): Only these activities (comma-separated ids).
            organization_id (str | Unset): Only activities of this organization.
            date_created_gt (datetime.datetime | Unset): Only objects created after this time.
            date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
            date_created_lt (datetime.datetime | Unset): Only objects created before this time.
            date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
            activity_at_gt (datetime.datetime | Unset): Only activities that happened after this time.
            activity_at_gte (datetime.datetime | Unset): Only activities that happened at or after
                this time.
            activity_at_lt (datetime.datetime | Unset): Only activities that happened before this
                time.
            activity_at_lte (datetime.datetime | Unset): Only activities that happened at or before
                this time.
            thread_emails (ThreadEmailsMode | Unset): How `GET /activity/` returns emails
                (`thread_emails`).
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            lead_id_in (str | Unset): Only activities of any of these leads (comma-separated).
            order_by (str | Unset): Field to sort by; prefix with `-` for descending order, e.g.
                `-date_created`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_activities.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[CallActivity | CreatedActivity | CustomActivity | EmailActivity | EmailThreadActivity | FormSubmissionActivity | LeadMergeActivity | LeadStatusChangeActivity | MeetingActivity | NoteActivity | OpportunityStatusChangeActivity | SmsActivity | TaskCompletedActivity | UnknownActivity | WhatsAppMessageActivity, ActivityList]
        """

        from custom._listing import Listing

        from . import list_activities

        return Listing(
            list_activities,
            paging,
            client=self._client,
            lead_id=lead_id,
            contact_id=contact_id,
            contact_id_in=contact_id_in,
            user_id=user_id,
            user_id_in=user_id_in,
            type_=type_,
            type_in=type_in,
            id_in=id_in,
            organization_id=organization_id,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            activity_at_gt=activity_at_gt,
            activity_at_gte=activity_at_gte,
            activity_at_lt=activity_at_lt,
            activity_at_lte=activity_at_lte,
            thread_emails=thread_emails,
            skip=skip,
            limit=limit,
            fields=fields,
            lead_id_in=lead_id_in,
            order_by=order_by,
        )

    list = _list
