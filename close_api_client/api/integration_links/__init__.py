"""The ``integration_links`` operations: one module each, and ``IntegrationLinksResource`` (``close.integration_links``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.integration_link import IntegrationLink
    from ...models.integration_link_create import IntegrationLinkCreate
    from ...models.integration_link_list import IntegrationLinkList
    from ...models.integration_link_type import IntegrationLinkType
    from ...models.integration_link_update import IntegrationLinkUpdate


class IntegrationLinksResource:
    """The ``integration_links`` operations as methods: ``close.integration_links.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``integration_links.<operation>.asyncio(..., client=client)``.
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
    ) -> Listing[IntegrationLink, IntegrationLinkList]:
        """List integration links

         Lists the organization's integration links page by page (`_skip`/`_limit`).

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
            custom.errors.APIError: As `list_integration_links.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[IntegrationLink, IntegrationLinkList]
        """

        from custom._listing import Listing

        from . import list_integration_links

        return Listing(
            list_integration_links,
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
        url: str,
        type_: IntegrationLinkType,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> IntegrationLink: ...

    @overload
    async def create(
        self,
        *,
        body: IntegrationLinkCreate,
    ) -> IntegrationLink: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        type_: IntegrationLinkType | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: IntegrationLinkCreate | Unset = UNSET,
    ) -> IntegrationLink:
        """Create an integration link

         Adds a link shown on every lead, contact or opportunity (by `type`); `url` is a template
        such as `https://example.com/?q={{lead.display_name}}`. Admins only.

        Args:
            name (str):
            url (str):
            type_ (IntegrationLinkType): The kind of object the link is shown on.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (IntegrationLinkCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_integration_link.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            IntegrationLink
        """

        if isinstance(body, Unset):
            if isinstance(name, Unset):
                raise TypeError("create() needs name= (or body=)")
            if isinstance(url, Unset):
                raise TypeError("create() needs url= (or body=)")
            if isinstance(type_, Unset):
                raise TypeError("create() needs type_= (or body=)")
            from ...models.integration_link_create import IntegrationLinkCreate

            body = IntegrationLinkCreate(
                name=name,
                url=url,
                type_=type_,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                url,
                type_,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_integration_link import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> IntegrationLink:
        """Get an integration link

         Returns one integration link.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_integration_link.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            IntegrationLink
        """

        from .get_integration_link import asyncio

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
        url: str | Unset = UNSET,
        type_: IntegrationLinkType | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> IntegrationLink: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: IntegrationLinkUpdate,
    ) -> IntegrationLink: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        type_: IntegrationLinkType | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: IntegrationLinkUpdate | Unset = UNSET,
    ) -> IntegrationLink:
        """Update an integration link

         Changes only the fields sent. Admins only.

        Args:
            id (str): The object's id.
            name (str | Unset):
            url (str | Unset):
            type_ (IntegrationLinkType | Unset): The kind of object the link is shown on.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (IntegrationLinkUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_integration_link.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            IntegrationLink
        """

        if isinstance(body, Unset):
            from ...models.integration_link_update import IntegrationLinkUpdate

            body = IntegrationLinkUpdate(
                name=name,
                url=url,
                type_=type_,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                url,
                type_,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_integration_link import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete an integration link

         Deletes an integration link. Admins only.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_integration_link.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_integration_link import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
