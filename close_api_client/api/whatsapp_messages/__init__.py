"""The ``whatsapp_messages`` operations: one module each, and ``WhatsappMessagesResource`` (``close.whatsapp_messages``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.communication_direction import CommunicationDirection
    from ...models.empty import Empty
    from ...models.whats_app_attachment import WhatsAppAttachment
    from ...models.whats_app_message_activity import WhatsAppMessageActivity
    from ...models.whats_app_message_activity_create import WhatsAppMessageActivityCreate
    from ...models.whats_app_message_activity_list import WhatsAppMessageActivityList
    from ...models.whats_app_message_activity_update import WhatsAppMessageActivityUpdate


class WhatsappMessagesResource:
    """The ``whatsapp_messages`` operations as methods: ``close.whatsapp_messages.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``whatsapp_messages.<operation>.asyncio(..., client=client)``.
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
        external_whatsapp_message_id: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[WhatsAppMessageActivity, WhatsAppMessageActivityList]:
        """List WhatsAppMessage activities

         Lists WhatsAppMessage activities. Filter by `external_whatsapp_message_id` to find the activity of a
        WhatsApp message to update or delete it.

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
            external_whatsapp_message_id (str | Unset): Only the activity of this WhatsApp message id.
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_whatsapp_messages.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[WhatsAppMessageActivity, WhatsAppMessageActivityList]
        """

        from custom._listing import Listing

        from . import list_whatsapp_messages

        return Listing(
            list_whatsapp_messages,
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
            external_whatsapp_message_id=external_whatsapp_message_id,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create(
        self,
        *,
        lead_id: str,
        contact_id: str,
        direction: CommunicationDirection,
        activity_at: datetime.datetime,
        external_whatsapp_message_id: str,
        message_markdown: str,
        local_phone: str,
        remote_phone: str,
        user_id: None | str | Unset = UNSET,
        attachments: list[WhatsAppAttachment] | Unset = UNSET,
        integration_link: None | str | Unset = UNSET,
        response_to_id: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        send_to_inbox: bool | Unset = UNSET,
    ) -> WhatsAppMessageActivity: ...

    @overload
    async def create(
        self,
        *,
        body: WhatsAppMessageActivityCreate,
        send_to_inbox: bool | Unset = UNSET,
    ) -> WhatsAppMessageActivity: ...

    async def create(
        self,
        *,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        direction: CommunicationDirection | Unset = UNSET,
        activity_at: datetime.datetime | Unset = UNSET,
        external_whatsapp_message_id: str | Unset = UNSET,
        message_markdown: str | Unset = UNSET,
        local_phone: str | Unset = UNSET,
        remote_phone: str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        attachments: list[WhatsAppAttachment] | Unset = UNSET,
        integration_link: None | str | Unset = UNSET,
        response_to_id: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: WhatsAppMessageActivityCreate | Unset = UNSET,
        send_to_inbox: bool | Unset = UNSET,
    ) -> WhatsAppMessageActivity:
        """Create a WhatsAppMessage activity

         Syncs a WhatsApp message into Close. `external_whatsapp_message_id` is the id inside WhatsApp;
        `message_markdown` is the body in WhatsApp Markdown; attachments are uploaded with the Files API
        first (URLs starting `https://app.close.com/go/file/`, 25 MB in total per message); `response_to_id`
        is the Close activity id of the message replied to.

        Args:
            lead_id (str):
            contact_id (str):
            direction (CommunicationDirection): Direction of an email or WhatsApp message: `outgoing`
                from the user to the lead, `incoming` the other way.
            activity_at (datetime.datetime): When the message was sent or received.
            external_whatsapp_message_id (str):
            message_markdown (str):
            local_phone (str):
            remote_phone (str):
            user_id (None | str | Unset):
            attachments (list[WhatsAppAttachment] | Unset):
            integration_link (None | str | Unset): URL of the message in the external system.
            response_to_id (None | str | Unset): Close activity id of the WhatsApp message this one
                replies to.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (WhatsAppMessageActivityCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            send_to_inbox (bool | Unset): With `direction: incoming`, `true` also creates an Inbox
                notification for the message.

        Raises:
            custom.errors.APIError: As `create_whatsapp_message.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            WhatsAppMessageActivity
        """

        if isinstance(body, Unset):
            if isinstance(lead_id, Unset):
                raise TypeError("create() needs lead_id= (or body=)")
            if isinstance(contact_id, Unset):
                raise TypeError("create() needs contact_id= (or body=)")
            if isinstance(direction, Unset):
                raise TypeError("create() needs direction= (or body=)")
            if isinstance(activity_at, Unset):
                raise TypeError("create() needs activity_at= (or body=)")
            if isinstance(external_whatsapp_message_id, Unset):
                raise TypeError("create() needs external_whatsapp_message_id= (or body=)")
            if isinstance(message_markdown, Unset):
                raise TypeError("create() needs message_markdown= (or body=)")
            if isinstance(local_phone, Unset):
                raise TypeError("create() needs local_phone= (or body=)")
            if isinstance(remote_phone, Unset):
                raise TypeError("create() needs remote_phone= (or body=)")
            from ...models.whats_app_message_activity_create import WhatsAppMessageActivityCreate

            body = WhatsAppMessageActivityCreate(
                lead_id=lead_id,
                contact_id=contact_id,
                direction=direction,
                activity_at=activity_at,
                external_whatsapp_message_id=external_whatsapp_message_id,
                message_markdown=message_markdown,
                local_phone=local_phone,
                remote_phone=remote_phone,
                user_id=user_id,
                attachments=attachments,
                integration_link=integration_link,
                response_to_id=response_to_id,
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
                direction,
                activity_at,
                external_whatsapp_message_id,
                message_markdown,
                local_phone,
                remote_phone,
                user_id,
                attachments,
                integration_link,
                response_to_id,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_whatsapp_message import asyncio

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
    ) -> WhatsAppMessageActivity:
        """Get a WhatsAppMessage activity

         Returns one WhatsAppMessage activity.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_whatsapp_message.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            WhatsAppMessageActivity
        """

        from .get_whatsapp_message import asyncio

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
        contact_id: str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        direction: CommunicationDirection | Unset = UNSET,
        activity_at: datetime.datetime | Unset = UNSET,
        message_markdown: str | Unset = UNSET,
        local_phone: str | Unset = UNSET,
        remote_phone: str | Unset = UNSET,
        attachments: list[WhatsAppAttachment] | Unset = UNSET,
        integration_link: None | str | Unset = UNSET,
        response_to_id: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> WhatsAppMessageActivity: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: WhatsAppMessageActivityUpdate,
    ) -> WhatsAppMessageActivity: ...

    async def update(
        self,
        id: str,
        *,
        contact_id: str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        direction: CommunicationDirection | Unset = UNSET,
        activity_at: datetime.datetime | Unset = UNSET,
        message_markdown: str | Unset = UNSET,
        local_phone: str | Unset = UNSET,
        remote_phone: str | Unset = UNSET,
        attachments: list[WhatsAppAttachment] | Unset = UNSET,
        integration_link: None | str | Unset = UNSET,
        response_to_id: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: WhatsAppMessageActivityUpdate | Unset = UNSET,
    ) -> WhatsAppMessageActivity:
        """Update a WhatsAppMessage activity

         Changes only the fields sent, e.g. an edited `message_markdown`.

        Args:
            id (str): The object's id.
            contact_id (str | Unset):
            user_id (None | str | Unset):
            direction (CommunicationDirection | Unset): Direction of an email or WhatsApp message:
                `outgoing` from the user to the lead, `incoming` the other way.
            activity_at (datetime.datetime | Unset): When the message was sent or received.
            message_markdown (str | Unset):
            local_phone (str | Unset):
            remote_phone (str | Unset):
            attachments (list[WhatsAppAttachment] | Unset):
            integration_link (None | str | Unset): URL of the message in the external system.
            response_to_id (None | str | Unset): Close activity id of the WhatsApp message this one
                replies to.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (WhatsAppMessageActivityUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_whatsapp_message.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            WhatsAppMessageActivity
        """

        if isinstance(body, Unset):
            from ...models.whats_app_message_activity_update import WhatsAppMessageActivityUpdate

            body = WhatsAppMessageActivityUpdate(
                contact_id=contact_id,
                user_id=user_id,
                direction=direction,
                activity_at=activity_at,
                message_markdown=message_markdown,
                local_phone=local_phone,
                remote_phone=remote_phone,
                attachments=attachments,
                integration_link=integration_link,
                response_to_id=response_to_id,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                contact_id,
                user_id,
                direction,
                activity_at,
                message_markdown,
                local_phone,
                remote_phone,
                attachments,
                integration_link,
                response_to_id,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_whatsapp_message import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a WhatsAppMessage activity

         Deletes a WhatsAppMessage activity.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_whatsapp_message.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_whatsapp_message import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
