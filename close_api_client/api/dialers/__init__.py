"""The ``dialers`` operations: one module each, and ``DialersResource`` (``close.dialers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.dialer import Dialer
    from ...models.dialer_list import DialerList


class DialersResource:
    """The ``dialers`` operations as methods: ``close.dialers.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``dialers.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        status: str | Unset = UNSET,
        status_in: str | Unset = UNSET,
        saved_search_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        source_type: str | Unset = UNSET,
        source_value: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[Dialer, DialerList]:
        """List dialer sessions

         Lists dialer sessions, filtered by status, the Smart View dialed (`saved_search_id`) or the user who
        started them.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            status (str | Unset): Only sessions with this status, e.g. `inactive`.
            status_in (str | Unset): Only sessions with one of these comma-separated statuses.
            saved_search_id (str | Unset): Only sessions dialing this Smart View.
            user_id (str | Unset): Only objects belonging to this user.
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            organization_id (str | Unset): Only dialer sessions of this organization.
            source_type (str | Unset): One of `saved-search`, `shared-entry`.
            source_value (str | Unset): With `source_type`: the Smart View id or shared entry the
                sessions were started from.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_dialers.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[Dialer, DialerList]
        """

        from custom._listing import Listing

        from . import list_dialers

        return Listing(
            list_dialers,
            paging,
            client=self._client,
            status=status,
            status_in=status_in,
            saved_search_id=saved_search_id,
            user_id=user_id,
            skip=skip,
            limit=limit,
            fields=fields,
            organization_id=organization_id,
            source_type=source_type,
            source_value=source_value,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> Dialer:
        """Get a dialer session

         Returns one dialer session: its type, Smart View (`saved_search_id`, see the Smart Views API),
        participating users and settings.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            organization_id (str | Unset): The organization of the dialer session.

        Raises:
            custom.errors.APIError: As `get_dialer.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Dialer
        """

        from .get_dialer import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
            organization_id=organization_id,
        )

    list = _list
