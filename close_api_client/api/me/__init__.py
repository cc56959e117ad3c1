"""The ``me`` operations: one module each, and ``MeResource`` (``close.me``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.me import Me


class MeResource:
    """The ``me`` operations as methods: ``close.me.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``me.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> Me:
        """Get the current user

         Returns the user behind the API key or OAuth token, with their memberships and
        organizations: the usual way to learn your organization id.

        Args:
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_me.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Me
        """

        from .get_me import asyncio

        return await asyncio(
            client=self._client,
            fields=fields,
        )
