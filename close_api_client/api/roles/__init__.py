"""The ``roles`` operations: one module each, and ``RolesResource`` (``close.roles``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.role import Role
    from ...models.role_create import RoleCreate
    from ...models.role_list import RoleList
    from ...models.role_update import RoleUpdate


class RolesResource:
    """The ``roles`` operations as methods: ``close.roles.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``roles.<operation>.asyncio(..., client=client)``.
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
    ) -> Listing[Role, RoleList]:
        """List roles

         Lists the organization's roles, built-in (not editable) and custom.

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
            custom.errors.APIError: As `list_roles.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[Role, RoleList]
        """

        from custom._listing import Listing

        from . import list_roles

        return Listing(
            list_roles,
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
        name: str,
        permissions: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Role: ...

    @overload
    async def create(
        self,
        *,
        body: RoleCreate,
    ) -> Role: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: RoleCreate | Unset = UNSET,
    ) -> Role:
        """Create a role

         Creates a custom role granting the listed permissions; assign it through a membership update.

        Args:
            name (str):
            permissions (list[str] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (RoleCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_role.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Role
        """

        if isinstance(body, Unset):
            if isinstance(name, Unset):
                raise TypeError("create() needs name= (or body=)")
            from ...models.role_create import RoleCreate

            body = RoleCreate(
                name=name,
                permissions=permissions,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                permissions,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_role import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Role:
        """Get a role

         Returns one role with its permissions.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_role.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Role
        """

        from .get_role import asyncio

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
        name: str | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Role: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: RoleUpdate,
    ) -> Role: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: RoleUpdate | Unset = UNSET,
    ) -> Role:
        """Update a role

         Renames a custom role or replaces its permissions (the list sent is the full new set). System roles
        such as Admin (`editable: false`) cannot be changed.

        Args:
            id (str): The object's id.
            name (str | Unset):
            permissions (list[str] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (RoleUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_role.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Role
        """

        if isinstance(body, Unset):
            from ...models.role_update import RoleUpdate

            body = RoleUpdate(
                name=name,
                permissions=permissions,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                permissions,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_role import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a role

         Deletes a custom role.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_role.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_role import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
