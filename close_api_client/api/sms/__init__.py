"""The ``sms`` operations: one module each, and ``SmsResource`` (``close.sms``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.phone_direction import PhoneDirection
    from ...models.sms_activity import SmsActivity
    from ...models.sms_activity_create import SmsActivityCreate
    from ...models.sms_activity_list import SmsActivityList
    from ...models.sms_activity_update import SmsActivityUpdate
    from ...models.sms_attachment_in import SmsAttachmentIn
    from ...models.sms_status import SmsStatus


class SmsResource:
    """The ``sms`` operations as methods: ``close.sms.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``sms.<operation>.asyncio(..., client=client)``.
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
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[SmsActivity, SmsActivityList]:
        """List SMS activities

         Lists SMS activities with the standard activity filters.

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
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_sms.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[SmsActivity, SmsActivityList]
        """

        from custom._listing import Listing

        from . import list_sms

        return Listing(
            list_sms,
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
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create(
        self,
        *,
        status: SmsStatus,
        local_phone: str,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        text: str | Unset = UNSET,
        remote_phone: str | Unset = UNSET,
        direction: PhoneDirection | Unset = UNSET,
        source: str | Unset = UNSET,
        date_scheduled: datetime.datetime | Unset = UNSET,
        send_in: int | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        attachments: list[SmsAttachmentIn] | None | Unset = UNSET,
        created_by_id: None | str | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        organization_id: None | str | Unset = UNSET,
        template_id: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        send_to_inbox: bool | Unset = UNSET,
    ) -> SmsActivity: ...

    @overload
    async def create(
        self,
        *,
        body: SmsActivityCreate,
        send_to_inbox: bool | Unset = UNSET,
    ) -> SmsActivity: ...

    async def create(
        self,
        *,
        status: SmsStatus | Unset = UNSET,
        local_phone: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        text: str | Unset = UNSET,
        remote_phone: str | Unset = UNSET,
        direction: PhoneDirection | Unset = UNSET,
        source: str | Unset = UNSET,
        date_scheduled: datetime.datetime | Unset = UNSET,
        send_in: int | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        attachments: list[SmsAttachmentIn] | None | Unset = UNSET,
        created_by_id: None | str | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        organization_id: None | str | Unset = UNSET,
        template_id: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SmsActivityCreate | Unset = UNSET,
        send_to_inbox: bool | Unset = UNSET,
    ) -> SmsActivity:
        """Create a SMS activity

         Logs, drafts, schedules or sends a text message depending on `status` (`inbox`, `draft`, `scheduled`
        with `date_scheduled`, `outbox` optionally delayed by `send_in` seconds, `sent`). `local_phone` must
        be one of the organization's internal phone numbers.

        Args:
            status (SmsStatus): State of an SMS: `inbox` (received), `draft`, `scheduled`, `outbox`
                (being sent), `sent`.
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
            activity_at (datetime.datetime | None | Unset):
            attachments (list[SmsAttachmentIn] | None | Unset):
            created_by_id (None | str | Unset):
            date_created (datetime.datetime | None | Unset):
            organization_id (None | str | Unset):
            template_id (None | str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SmsActivityCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            send_to_inbox (bool | Unset): Also show the SMS in the sender's inbox (type as in Close's
                published OpenAPI document, meaning not documented).

        Raises:
            custom.errors.APIError: As `create_sms.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SmsActivity
        """

        if isinstance(body, Unset):
            if isinstance(status, Unset):
                raise TypeError("create() needs status= (or body=)")
            if isinstance(local_phone, Unset):
                raise TypeError("create() needs local_phone= (or body=)")
            from ...models.sms_activity_create import SmsActivityCreate

            body = SmsActivityCreate(
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
                activity_at=activity_at,
                attachments=attachments,
                created_by_id=created_by_id,
                date_created=date_created,
                organization_id=organization_id,
                template_id=template_id,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                status,
                local_phone,
                lead_id,
                contact_id,
                user_id,
                text,
                remote_phone,
                direction,
                source,
                date_scheduled,
                send_in,
                activity_at,
                attachments,
                created_by_id,
                date_created,
                organization_id,
                template_id,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_sms import asyncio

        return await asyncio(
            client=self._client,
            body=body,
            send_to_inbox=send_to_inbox,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SmsActivity:
        """Get a SMS activity

         Returns one SMS activity.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_sms.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            SmsActivity
        """

        from .get_sms import asyncio

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
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        status: SmsStatus | Unset = UNSET,
        text: str | Unset = UNSET,
        local_phone: str | Unset = UNSET,
        remote_phone: str | Unset = UNSET,
        direction: PhoneDirection | Unset = UNSET,
        source: str | Unset = UNSET,
        date_scheduled: datetime.datetime | Unset = UNSET,
        send_in: int | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        attachments: list[SmsAttachmentIn] | None | Unset = UNSET,
        template_id: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SmsActivity: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: SmsActivityUpdate,
    ) -> SmsActivity: ...

    async def update(
        self,
        id: str,
        *,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        status: SmsStatus | Unset = UNSET,
        text: str | Unset = UNSET,
        local_phone: str | Unset = UNSET,
        remote_phone: str | Unset = UNSET,
        direction: PhoneDirection | Unset = UNSET,
        source: str | Unset = UNSET,
        date_scheduled: datetime.datetime | Unset = UNSET,
        send_in: int | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        attachments: list[SmsAttachmentIn] | None | Unset = UNSET,
        template_id: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SmsActivityUpdate | Unset = UNSET,
    ) -> SmsActivity:
        """Update a SMS activity

         Edits a draft, or sends it by setting `status` to `scheduled` or `outbox`; setting `status` back to
        `draft` cancels a scheduled or unsent message.

        Args:
            id (str): The object's id.
            lead_id (str | Unset):
            contact_id (str | Unset):
            user_id (str | Unset):
            status (SmsStatus | Unset): State of an SMS: `inbox` (received), `draft`, `scheduled`,
                `outbox` (being sent), `sent`.
            text (str | Unset):
            local_phone (str | Unset): One of the organization's internal numbers.
            remote_phone (str | Unset):
            direction (PhoneDirection | Unset): Direction of a call or SMS.
            source (str | Unset):
            date_scheduled (datetime.datetime | Unset): When a `scheduled` SMS is sent.
            send_in (int | Unset): Delay in seconds (under 60) before an `outbox` SMS is sent.
            activity_at (datetime.datetime | None | Unset):
            attachments (list[SmsAttachmentIn] | None | Unset):
            template_id (None | str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SmsActivityUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_sms.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SmsActivity
        """

        if isinstance(body, Unset):
            from ...models.sms_activity_update import SmsActivityUpdate

            body = SmsActivityUpdate(
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                status=status,
                text=text,
                local_phone=local_phone,
                remote_phone=remote_phone,
                direction=direction,
                source=source,
                date_scheduled=date_scheduled,
                send_in=send_in,
                activity_at=activity_at,
                attachments=attachments,
                template_id=template_id,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                lead_id,
                contact_id,
                user_id,
                status,
                text,
                local_phone,
                remote_phone,
                direction,
                source,
                date_scheduled,
                send_in,
                activity_at,
                attachments,
                template_id,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_sms import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a SMS activity

         Deletes a SMS activity.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_sms.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_sms import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
