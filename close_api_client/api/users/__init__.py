"""The ``users`` operations: one module each, and ``UsersResource`` (``close.users``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.user import User
    from ...models.user_availability_list import UserAvailabilityList
    from ...models.user_list import UserList


class UsersResource:
    """The ``users`` operations as methods: ``close.users.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``users.<operation>.asyncio(..., client=client)``.
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
        order_by: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[User, UserList]:
        """List users

         Lists the users who share an organization with you (active or former co-members), page by page with
        `_skip`/`_limit`.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            order_by (str | Unset): Field to sort by; prefix with `-` for descending order, e.g.
                `-date_created`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_users.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[User, UserList]
        """

        from custom._listing import Listing

        from . import list_users

        return Listing(
            list_users,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
            order_by=order_by,
        )

    async def list_user_availability(
        self,
        *,
        organization_id: str | Unset = UNSET,
    ) -> UserAvailabilityList:
        """Get the availability of users

         Returns, for every user of an organization, whether they are online on each client (web, native app,
        mobile) and the calls they are on right now (`active_calls`).

        Args:
            organization_id (str | Unset): The organization whose users to report on.

        Raises:
            custom.errors.APIError: As `list_user_availability.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            UserAvailabilityList
        """

        from .list_user_availability import asyncio

        return await asyncio(
            client=self._client,
            organization_id=organization_id,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> User:
        """Get a user

         Returns one user by id, with the ids of the organizations they belong to.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_user.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            User
        """

        from .get_user import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    list = _list
