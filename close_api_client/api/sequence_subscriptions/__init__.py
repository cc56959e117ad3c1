"""The ``sequence_subscriptions`` operations: one module each, and ``SequenceSubscriptionsResource`` (``close.sequence_subscriptions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.sequence_subscription import SequenceSubscription
    from ...models.sequence_subscription_create import SequenceSubscriptionCreate
    from ...models.sequence_subscription_list import SequenceSubscriptionList
    from ...models.sequence_subscription_status import SequenceSubscriptionStatus
    from ...models.sequence_subscription_update import SequenceSubscriptionUpdate


class SequenceSubscriptionsResource:
    """The ``sequence_subscriptions`` operations as methods: ``close.sequence_subscriptions.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``sequence_subscriptions.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        sequence_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[SequenceSubscription, SequenceSubscriptionList]:
        """List sequence subscriptions

         Lists subscriptions of a sequence, a contact or a lead; at least one of `sequence_id`, `contact_id`
        and `lead_id` is required.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            sequence_id (str | Unset): Only subscriptions to this sequence.
            contact_id (str | Unset): Only subscriptions of this contact.
            lead_id (str | Unset): Only objects belonging to this lead.
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_sequence_subscriptions.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[SequenceSubscription, SequenceSubscriptionList]
        """

        from custom._listing import Listing

        from . import list_sequence_subscriptions

        return Listing(
            list_sequence_subscriptions,
            paging,
            client=self._client,
            sequence_id=sequence_id,
            contact_id=contact_id,
            lead_id=lead_id,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create(
        self,
        *,
        sequence_id: str,
        contact_id: str,
        contact_email: str | Unset = UNSET,
        sender_account_id: str | Unset = UNSET,
        sender_name: str | Unset = UNSET,
        sender_email: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SequenceSubscription: ...

    @overload
    async def create(
        self,
        *,
        body: SequenceSubscriptionCreate,
    ) -> SequenceSubscription: ...

    async def create(
        self,
        *,
        sequence_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        sender_account_id: str | Unset = UNSET,
        sender_name: str | Unset = UNSET,
        sender_email: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SequenceSubscriptionCreate | Unset = UNSET,
    ) -> SequenceSubscription:
        """Subscribe a contact to a sequence

         Starts a sequence for one contact, sending from the given connected email account with the given
        sender name and address.

        Args:
            sequence_id (str):
            contact_id (str):
            contact_email (str | Unset): The contact's address to send to.
            sender_account_id (str | Unset):
            sender_name (str | Unset):
            sender_email (str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SequenceSubscriptionCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_sequence_subscription.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SequenceSubscription
        """

        if isinstance(body, Unset):
            if isinstance(sequence_id, Unset):
                raise TypeError("create() needs sequence_id= (or body=)")
            if isinstance(contact_id, Unset):
                raise TypeError("create() needs contact_id= (or body=)")
            from ...models.sequence_subscription_create import SequenceSubscriptionCreate

            body = SequenceSubscriptionCreate(
                sequence_id=sequence_id,
                contact_id=contact_id,
                contact_email=contact_email,
                sender_account_id=sender_account_id,
                sender_name=sender_name,
                sender_email=sender_email,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                sequence_id,
                contact_id,
                contact_email,
                sender_account_id,
                sender_name,
                sender_email,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_sequence_subscription import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SequenceSubscription:
        """Get a sequence subscription

         Returns one subscription of a contact to a sequence.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_sequence_subscription.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            SequenceSubscription
        """

        from .get_sequence_subscription import asyncio

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
        status: SequenceSubscriptionStatus | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SequenceSubscription: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: SequenceSubscriptionUpdate,
    ) -> SequenceSubscription: ...

    async def update(
        self,
        id: str,
        *,
        status: SequenceSubscriptionStatus | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SequenceSubscriptionUpdate | Unset = UNSET,
    ) -> SequenceSubscription:
        """Update a sequence subscription

         Changes a subscription, typically its `status` to pause or resume it.

        Args:
            id (str): The object's id.
            status (SequenceSubscriptionStatus | Unset): The state of a subscription.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SequenceSubscriptionUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_sequence_subscription.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SequenceSubscription
        """

        if isinstance(body, Unset):
            from ...models.sequence_subscription_update import SequenceSubscriptionUpdate

            body = SequenceSubscriptionUpdate(
                status=status,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                status,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_sequence_subscription import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    list = _list
