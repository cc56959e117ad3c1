"""The ``webhooks`` operations: one module each, and ``WebhooksResource`` (``close.webhooks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.webhook import Webhook
    from ...models.webhook_create import WebhookCreate
    from ...models.webhook_create_event_filter_type_0 import WebhookCreateEventFilterType0
    from ...models.webhook_list import WebhookList
    from ...models.webhook_status import WebhookStatus
    from ...models.webhook_subscription_event_create import WebhookSubscriptionEventCreate
    from ...models.webhook_update import WebhookUpdate


class WebhooksResource:
    """The ``webhooks`` operations as methods: ``close.webhooks.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``webhooks.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[Webhook, WebhookList]:
        """List webhook subscriptions

         Lists the organization's webhook subscriptions (at most 40 per organization).

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_webhooks.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[Webhook, WebhookList]
        """

        from custom._listing import Listing

        from . import list_webhooks

        return Listing(
            list_webhooks,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create(
        self,
        *,
        url: str,
        events: list[WebhookSubscriptionEventCreate],
        verify_ssl: bool | Unset = UNSET,
        event_filter: None | WebhookCreateEventFilterType0 | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Webhook: ...

    @overload
    async def create(
        self,
        *,
        body: WebhookCreate,
    ) -> Webhook: ...

    async def create(
        self,
        *,
        url: str | Unset = UNSET,
        events: list[WebhookSubscriptionEventCreate] | Unset = UNSET,
        verify_ssl: bool | Unset = UNSET,
        event_filter: None | WebhookCreateEventFilterType0 | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: WebhookCreate | Unset = UNSET,
    ) -> Webhook:
        """Create a webhook subscription

         Subscribes a URL to event-log events by `object_type` and `action`, optionally narrowed by an
        `extra_filter`. Only this response carries `signature_key`, the hex HMAC key that signs every
        delivery (`close-sig-hash`, `close-sig-timestamp` headers): store it.

        Args:
            url (str):
            events (list[WebhookSubscriptionEventCreate]):
            verify_ssl (bool | Unset): Validate the URL's TLS certificate (default true).
            event_filter (None | Unset | WebhookCreateEventFilterType0):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (WebhookCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_webhook.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Webhook
        """

        if isinstance(body, Unset):
            if isinstance(url, Unset):
                raise TypeError("create() needs url= (or body=)")
            if isinstance(events, Unset):
                raise TypeError("create() needs events= (or body=)")
            from ...models.webhook_create import WebhookCreate

            body = WebhookCreate(
                url=url,
                events=events,
                verify_ssl=verify_ssl,
                event_filter=event_filter,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                url,
                events,
                verify_ssl,
                event_filter,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_webhook import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Webhook:
        """Get a webhook subscription

         Returns one webhook subscription with its events, status and delivery health.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_webhook.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Webhook
        """

        from .get_webhook import asyncio

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
        url: None | str | Unset = UNSET,
        events: list[WebhookSubscriptionEventCreate] | None | Unset = UNSET,
        status: None | WebhookStatus | Unset = UNSET,
        verify_ssl: bool | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Webhook: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: WebhookUpdate,
    ) -> Webhook: ...

    async def update(
        self,
        id: str,
        *,
        url: None | str | Unset = UNSET,
        events: list[WebhookSubscriptionEventCreate] | None | Unset = UNSET,
        status: None | WebhookStatus | Unset = UNSET,
        verify_ssl: bool | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: WebhookUpdate | Unset = UNSET,
    ) -> Webhook:
        """Update a webhook subscription

         Changes the URL, the events, `verify_ssl` or the `status`. A subscription paused by Close (backlog
        or failing deliveries) must be set back to `active` here before deliveries resume.

        Args:
            id (str): The object's id.
            url (None | str | Unset):
            events (list[WebhookSubscriptionEventCreate] | None | Unset):
            status (None | Unset | WebhookStatus):
            verify_ssl (bool | None | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (WebhookUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_webhook.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Webhook
        """

        if isinstance(body, Unset):
            from ...models.webhook_update import WebhookUpdate

            body = WebhookUpdate(
                url=url,
                events=events,
                status=status,
                verify_ssl=verify_ssl,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                url,
                events,
                status,
                verify_ssl,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_webhook import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a webhook subscription

         Deletes a webhook subscription; no further events are delivered to it.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_webhook.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_webhook import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
