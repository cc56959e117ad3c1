"""The ``connected_accounts`` operations: one module each, and ``ConnectedAccountsResource`` (``close.connected_accounts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.connected_account import ConnectedAccount
    from ...models.connected_account_list import ConnectedAccountList


class ConnectedAccountsResource:
    """The ``connected_accounts`` operations as methods: ``close.connected_accounts.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``connected_accounts.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        user_id: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[ConnectedAccount, ConnectedAccountList]:
        """List connected accounts

         Lists the email and Zoom accounts you can use in the organization, including accounts you may send
        as; filter to one user with `user_id`.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            user_id (str | Unset): Only objects belonging to this user.
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_connected_accounts.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[ConnectedAccount, ConnectedAccountList]
        """

        from custom._listing import Listing

        from . import list_connected_accounts

        return Listing(
            list_connected_accounts,
            paging,
            client=self._client,
            user_id=user_id,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> ConnectedAccount:
        """Get a connected account

         Returns one connected account; Google accounts list their synced calendars.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_connected_account.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            ConnectedAccount
        """

        from .get_connected_account import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    list = _list
