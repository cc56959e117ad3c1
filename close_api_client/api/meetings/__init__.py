"""The ``meetings`` operations: one module each, and ``MeetingsResource`` (``close.meetings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.meeting_activity import MeetingActivity
    from ...models.meeting_activity_list import MeetingActivityList
    from ...models.meeting_activity_update import MeetingActivityUpdate
    from ...models.meeting_integration import MeetingIntegration
    from ...models.meeting_integration_data import MeetingIntegrationData
    from ...models.meeting_integration_request import MeetingIntegrationRequest
    from ...models.meeting_provider_calendar_type import MeetingProviderCalendarType


class MeetingsResource:
    """The ``meetings`` operations as methods: ``close.meetings.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``meetings.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        date_created_gt: datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.datetime | Unset = UNSET,
        provider_calendar_event_id: str | Unset = UNSET,
        provider_calendar_id: str | Unset = UNSET,
        provider_calendar_type: MeetingProviderCalendarType | Unset = UNSET,
        starts_at: datetime.datetime | Unset = UNSET,
        starts_at_gte: datetime.datetime | Unset = UNSET,
        starts_at_lt: datetime.datetime | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[MeetingActivity, MeetingActivityList]:
        """List Meeting activities

         Lists Meeting activities (synced from Google or Microsoft calendars, or created manually);
        `date_created` is the meeting's start. Meeting search: filter by the underlying calendar event with
        `provider_calendar_event_id` (required whenever any of `provider_calendar_id`,
        `provider_calendar_type`, `starts_at`, `starts_at__gte`, `starts_at__lt` is used).

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            lead_id (str | Unset): Only objects belonging to this lead.
            contact_id (str | Unset): Only activities of this contact (on the generic list: only
                together with `lead_id`).
            user_id (str | Unset): Only objects belonging to this user.
            id_in (str | Unset): Only these activities (comma-separated ids).
            organization_id (str | Unset): Only activities of this organization.
            type_ (str | Unset): Only activities of this type, e.g. `Call`; for custom activities a
                Custom Activity Type id (`actitype_...`) or `Custom` for any custom type.
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
            provider_calendar_event_id (str | Unset): Meeting search: the calendar provider's event id
                the meeting was synced from.
            provider_calendar_id (str | Unset): Meeting search: the provider's calendar id (needs
                `provider_calendar_event_id`).
            provider_calendar_type (MeetingProviderCalendarType | Unset): The calendar provider.
            starts_at (datetime.datetime | Unset): Meeting search: the meeting's start, e.g. one
                instance of a recurring event (needs `provider_calendar_event_id`).
            starts_at_gte (datetime.datetime | Unset): Meeting search: meetings starting at or after
                this time (needs `provider_calendar_event_id`).
            starts_at_lt (datetime.datetime | Unset): Meeting search: meetings starting before this
                time (needs `provider_calendar_event_id`).
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_meetings.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[MeetingActivity, MeetingActivityList]
        """

        from custom._listing import Listing

        from . import list_meetings

        return Listing(
            list_meetings,
            paging,
            client=self._client,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            id_in=id_in,
            organization_id=organization_id,
            type_=type_,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            activity_at_gt=activity_at_gt,
            activity_at_gte=activity_at_gte,
            activity_at_lt=activity_at_lt,
            activity_at_lte=activity_at_lte,
            provider_calendar_event_id=provider_calendar_event_id,
            provider_calendar_id=provider_calendar_id,
            provider_calendar_type=provider_calendar_type,
            starts_at=starts_at,
            starts_at_gte=starts_at_gte,
            starts_at_lt=starts_at_lt,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> MeetingActivity:
        """Get a Meeting activity

         Returns one Meeting activity. Transcripts of Close Notetaker are not loaded by default: ask for them
        with `_fields` including `transcripts`.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_meeting.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            MeetingActivity
        """

        from .get_meeting import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    @overload
    async def update(
        self,
        id: str,
        *,
        user_note_html: None | str | Unset = UNSET,
        outcome_id: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> MeetingActivity: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: MeetingActivityUpdate,
    ) -> MeetingActivity: ...

    async def update(
        self,
        id: str,
        *,
        user_note_html: None | str | Unset = UNSET,
        outcome_id: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: MeetingActivityUpdate | Unset = UNSET,
    ) -> MeetingActivity:
        """Update a Meeting activity

         Changes only the fields sent; typically the meeting's `user_note_html` or `outcome_id`.

        Args:
            id (str): The object's id.
            user_note_html (None | str | Unset): Rich-text note of the user.
            outcome_id (None | str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (MeetingActivityUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_meeting.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            MeetingActivity
        """

        if isinstance(body, Unset):
            from ...models.meeting_activity_update import MeetingActivityUpdate

            body = MeetingActivityUpdate(
                user_note_html=user_note_html,
                outcome_id=outcome_id,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                user_note_html,
                outcome_id,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_meeting import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a Meeting activity

         Deletes a Meeting activity.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_meeting.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_meeting import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    @overload
    async def create_meeting_integration(
        self,
        id: str,
        *,
        integration_data: MeetingIntegrationData | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> MeetingIntegration: ...

    @overload
    async def create_meeting_integration(
        self,
        id: str,
        *,
        body: MeetingIntegrationRequest,
    ) -> MeetingIntegration: ...

    async def create_meeting_integration(
        self,
        id: str,
        *,
        integration_data: MeetingIntegrationData | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: MeetingIntegrationRequest | Unset = UNSET,
    ) -> MeetingIntegration:
        """Create or update a meeting's third-party integration

         Attaches the calling OAuth app's data (shown as a tab named after the app in the activity feed) to a
        meeting. The first call per OAuth app creates the integration, later calls update it; an empty body
        changes nothing. OAuth apps only: API keys get an error.

        Args:
            id (str): The object's id.
            integration_data (MeetingIntegrationData | Unset): An OAuth app's data for a meeting
                (open).
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (MeetingIntegrationRequest | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_meeting_integration.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            MeetingIntegration
        """

        if isinstance(body, Unset):
            from ...models.meeting_integration_request import MeetingIntegrationRequest

            body = MeetingIntegrationRequest(
                integration_data=integration_data,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                integration_data,
                custom,
            )
        ):
            raise TypeError("create_meeting_integration() takes body= or field keywords, not both")

        from .create_meeting_integration import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    list = _list
