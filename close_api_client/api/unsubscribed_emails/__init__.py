"""The ``unsubscribed_emails`` operations: one module each, and ``UnsubscribedEmailsResource`` (``close.unsubscribed_emails``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.unsubscribed_email import UnsubscribedEmail
    from ...models.unsubscribed_email_create import UnsubscribedEmailCreate
    from ...models.unsubscribed_email_list import UnsubscribedEmailList


class UnsubscribedEmailsResource:
    """The ``unsubscribed_emails`` operations as methods: ``close.unsubscribed_emails.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``unsubscribed_emails.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[UnsubscribedEmail, UnsubscribedEmailList]:
        """List unsubscribed email addresses

         Lists the addresses unsubscribed from bulk and workflow emails. (Contacts also show this per address
        as `emails[].is_unsubscribed`.)

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_unsubscribed_emails.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[UnsubscribedEmail, UnsubscribedEmailList]
        """

        from custom._listing import Listing

        from . import list_unsubscribed_emails

        return Listing(
            list_unsubscribed_emails,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
        )

    @overload
    async def create(
        self,
        *,
        email: str,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> UnsubscribedEmail: ...

    @overload
    async def create(
        self,
        *,
        body: UnsubscribedEmailCreate,
    ) -> UnsubscribedEmail: ...

    async def create(
        self,
        *,
        email: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: UnsubscribedEmailCreate | Unset = UNSET,
    ) -> UnsubscribedEmail:
        """Unsubscribe an email address

         Stops bulk and workflow emails from Close to an address, e.g. one that unsubscribed from a mailing
        list elsewhere. Emits an `unsubscribed_email.created` event.

        Args:
            email (str):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (UnsubscribedEmailCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_unsubscribed_email.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            UnsubscribedEmail
        """

        if isinstance(body, Unset):
            if isinstance(email, Unset):
                raise TypeError("create() needs email= (or body=)")
            from ...models.unsubscribed_email_create import UnsubscribedEmailCreate

            body = UnsubscribedEmailCreate(
                email=email,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                email,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_unsubscribed_email import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        email_address: str,
    ) -> UnsubscribedEmail:
        """Resubscribe an email address

         Removes an address from the unsubscribed list, so Close emails it again.

        Args:
            email_address (str): The unsubscribed email address.

        Raises:
            custom.errors.APIError: As `delete_unsubscribed_email.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            UnsubscribedEmail
        """

        from .delete_unsubscribed_email import asyncio

        return await asyncio(
            email_address,
            client=self._client,
        )

    list = _list
