"""The ``emails`` operations: one module each, and ``EmailsResource`` (``close.emails``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.activity_attachment import ActivityAttachment
    from ...models.communication_direction import CommunicationDirection
    from ...models.email_activity import EmailActivity
    from ...models.email_activity_create import EmailActivityCreate
    from ...models.email_activity_list import EmailActivityList
    from ...models.email_activity_update import EmailActivityUpdate
    from ...models.email_open_in import EmailOpenIn
    from ...models.email_status import EmailStatus
    from ...models.empty import Empty


class EmailsResource:
    """The ``emails`` operations as methods: ``close.emails.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``emails.<operation>.asyncio(..., client=client)``.
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
    ) -> Listing[EmailActivity, EmailActivityList]:
        """List Email activities

         Lists Email activities, one per email message, with the standard activity filters.

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
            custom.errors.APIError: As `list_emails.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[EmailActivity, EmailActivityList]
        """

        from custom._listing import Listing

        from . import list_emails

        return Listing(
            list_emails,
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
        status: EmailStatus,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        direction: CommunicationDirection | Unset = UNSET,
        sender: str | Unset = UNSET,
        to: list[str] | Unset = UNSET,
        cc: list[str] | Unset = UNSET,
        bcc: list[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        body_text: str | Unset = UNSET,
        body_html: str | Unset = UNSET,
        attachments: list[ActivityAttachment] | Unset = UNSET,
        template_id: None | str | Unset = UNSET,
        date_scheduled: datetime.datetime | Unset = UNSET,
        send_in: int | Unset = UNSET,
        followup_date: datetime.datetime | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        created_by_name: None | str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        account_id: None | str | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        created_by_id: None | str | Unset = UNSET,
        followup_sequence_add_cc_bcc: bool | None | Unset = UNSET,
        followup_sequence_delay: int | None | Unset = UNSET,
        followup_sequence_id: None | str | Unset = UNSET,
        in_reply_to_id: None | str | Unset = UNSET,
        opens: list[EmailOpenIn] | None | Unset = UNSET,
        organization_id: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> EmailActivity: ...

    @overload
    async def create(
        self,
        *,
        body: EmailActivityCreate,
    ) -> EmailActivity: ...

    async def create(
        self,
        *,
        status: EmailStatus | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        direction: CommunicationDirection | Unset = UNSET,
        sender: str | Unset = UNSET,
        to: list[str] | Unset = UNSET,
        cc: list[str] | Unset = UNSET,
        bcc: list[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        body_text: str | Unset = UNSET,
        body_html: str | Unset = UNSET,
        attachments: list[ActivityAttachment] | Unset = UNSET,
        template_id: None | str | Unset = UNSET,
        date_scheduled: datetime.datetime | Unset = UNSET,
        send_in: int | Unset = UNSET,
        followup_date: datetime.datetime | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        created_by_name: None | str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        account_id: None | str | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        created_by_id: None | str | Unset = UNSET,
        followup_sequence_add_cc_bcc: bool | None | Unset = UNSET,
        followup_sequence_delay: int | None | Unset = UNSET,
        followup_sequence_id: None | str | Unset = UNSET,
        in_reply_to_id: None | str | Unset = UNSET,
        opens: list[EmailOpenIn] | None | Unset = UNSET,
        organization_id: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: EmailActivityCreate | Unset = UNSET,
    ) -> EmailActivity:
        """Create a Email activity

         Logs, drafts, schedules or sends an email depending on `status`: `inbox`/`sent` log a received/sent
        email, `draft` saves a draft, `scheduled` sends at `date_scheduled`, `outbox` sends now (optionally
        delayed by `send_in` seconds, under 60). With a `template_id` and no body, Close renders the
        template. `followup_date` creates a follow-up task if no reply arrives.

        Args:
            status (EmailStatus): State of an email: `inbox` (received), `draft`, `scheduled`,
                `outbox` (being sent), `sent`.
            lead_id (str | Unset):
            contact_id (str | Unset):
            user_id (str | Unset):
            direction (CommunicationDirection | Unset): Direction of an email or WhatsApp message:
                `outgoing` from the user to the lead, `incoming` the other way.
            sender (str | Unset): `address` or `"Name" <address>`; for `sent` it defaults to the
                user's address.
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
            followup_date (datetime.datetime | Unset): Creates a follow-up task if no reply arrives by
                then.
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
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (EmailActivityCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_email.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            EmailActivity
        """

        if isinstance(body, Unset):
            if isinstance(status, Unset):
                raise TypeError("create() needs status= (or body=)")
            from ...models.email_activity_create import EmailActivityCreate

            body = EmailActivityCreate(
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
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                status,
                lead_id,
                contact_id,
                user_id,
                direction,
                sender,
                to,
                cc,
                bcc,
                subject,
                body_text,
                body_html,
                attachments,
                template_id,
                date_scheduled,
                send_in,
                followup_date,
                created_by,
                created_by_name,
                date_created,
                account_id,
                activity_at,
                created_by_id,
                followup_sequence_add_cc_bcc,
                followup_sequence_delay,
                followup_sequence_id,
                in_reply_to_id,
                opens,
                organization_id,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_email import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> EmailActivity:
        """Get a Email activity

         Returns one Email activity.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_email.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            EmailActivity
        """

        from .get_email import asyncio

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
        direction: CommunicationDirection | Unset = UNSET,
        status: EmailStatus | Unset = UNSET,
        sender: str | Unset = UNSET,
        to: list[str] | Unset = UNSET,
        cc: list[str] | Unset = UNSET,
        bcc: list[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        body_text: str | Unset = UNSET,
        body_html: str | Unset = UNSET,
        attachments: list[ActivityAttachment] | Unset = UNSET,
        template_id: None | str | Unset = UNSET,
        date_scheduled: datetime.datetime | Unset = UNSET,
        send_in: int | Unset = UNSET,
        followup_date: datetime.datetime | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        created_by_name: None | str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        account_id: None | str | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        followup_sequence_add_cc_bcc: bool | None | Unset = UNSET,
        followup_sequence_delay: int | None | Unset = UNSET,
        followup_sequence_id: None | str | Unset = UNSET,
        in_reply_to_id: None | str | Unset = UNSET,
        opens: list[EmailOpenIn] | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> EmailActivity: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: EmailActivityUpdate,
    ) -> EmailActivity: ...

    async def update(
        self,
        id: str,
        *,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        direction: CommunicationDirection | Unset = UNSET,
        status: EmailStatus | Unset = UNSET,
        sender: str | Unset = UNSET,
        to: list[str] | Unset = UNSET,
        cc: list[str] | Unset = UNSET,
        bcc: list[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        body_text: str | Unset = UNSET,
        body_html: str | Unset = UNSET,
        attachments: list[ActivityAttachment] | Unset = UNSET,
        template_id: None | str | Unset = UNSET,
        date_scheduled: datetime.datetime | Unset = UNSET,
        send_in: int | Unset = UNSET,
        followup_date: datetime.datetime | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        created_by_name: None | str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        account_id: None | str | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        followup_sequence_add_cc_bcc: bool | None | Unset = UNSET,
        followup_sequence_delay: int | None | Unset = UNSET,
        followup_sequence_id: None | str | Unset = UNSET,
        in_reply_to_id: None | str | Unset = UNSET,
        opens: list[EmailOpenIn] | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: EmailActivityUpdate | Unset = UNSET,
    ) -> EmailActivity:
        """Update a Email activity

         Edits a draft, or sends it by setting `status` to `scheduled` or `outbox`; setting `status` back to
        `draft` cancels a scheduled or not-yet-sent email. Only drafts can be edited.

        Args:
            id (str): The object's id.
            lead_id (str | Unset):
            contact_id (str | Unset):
            user_id (str | Unset):
            direction (CommunicationDirection | Unset): Direction of an email or WhatsApp message:
                `outgoing` from the user to the lead, `incoming` the other way.
            status (EmailStatus | Unset): State of an email: `inbox` (received), `draft`, `scheduled`,
                `outbox` (being sent), `sent`.
            sender (str | Unset): `address` or `"Name" <address>`; for `sent` it defaults to the
                user's address.
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
            followup_date (datetime.datetime | Unset): Creates a follow-up task if no reply arrives by
                then.
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
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (EmailActivityUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_email.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            EmailActivity
        """

        if isinstance(body, Unset):
            from ...models.email_activity_update import EmailActivityUpdate

            body = EmailActivityUpdate(
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
                direction,
                status,
                sender,
                to,
                cc,
                bcc,
                subject,
                body_text,
                body_html,
                attachments,
                template_id,
                date_scheduled,
                send_in,
                followup_date,
                created_by,
                created_by_name,
                date_created,
                account_id,
                activity_at,
                followup_sequence_add_cc_bcc,
                followup_sequence_delay,
                followup_sequence_id,
                in_reply_to_id,
                opens,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_email import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a Email activity

         Deletes a Email activity.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_email.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_email import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
