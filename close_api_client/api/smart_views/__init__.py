"""The ``smart_views`` operations: one module each, and ``SmartViewsResource`` (``close.smart_views``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.saved_search import SavedSearch
    from ...models.saved_search_create import SavedSearchCreate
    from ...models.saved_search_list import SavedSearchList
    from ...models.saved_search_update import SavedSearchUpdate


class SmartViewsResource:
    """The ``smart_views`` operations as methods: ``close.smart_views.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``smart_views.<operation>.asyncio(..., client=client)``.
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
        type_: str | Unset = UNSET,
        type_in: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[SavedSearch, SavedSearchList]:
        """List Smart Views (saved_search)

         Lists the Smart Views (saved searches) the user can see, shared and private, page by page.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            type_ (str | Unset): One of `lead`, `contact`, `opportunity`, `call`, `email`, `sms`,
                `meeting`, `note`, `whatsapp_message`, `custom_activity`, `form_submission`.
            type_in (str | Unset): Comma-separated. Values: `lead`, `contact`, `opportunity`, `call`,
                `email`, `sms`, `meeting`, `note`, `whatsapp_message`, `custom_activity`,
                `form_submission`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_smart_views.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[SavedSearch, SavedSearchList]
        """

        from custom._listing import Listing

        from . import list_smart_views

        return Listing(
            list_smart_views,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
            type_=type_,
            type_in=type_in,
        )

    @overload
    async def create(
        self,
        *,
        name: str,
        query: str,
        is_shared: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SavedSearch: ...

    @overload
    async def create(
        self,
        *,
        body: SavedSearchCreate,
    ) -> SavedSearch: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        query: str | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SavedSearchCreate | Unset = UNSET,
    ) -> SavedSearch:
        """Create a Smart View (saved_search)

         Saves a lead search query as a Smart View, private to the user unless `is_shared` is true.

        Args:
            name (str):
            query (str):
            is_shared (bool | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SavedSearchCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_smart_view.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SavedSearch
        """

        if isinstance(body, Unset):
            if isinstance(name, Unset):
                raise TypeError("create() needs name= (or body=)")
            if isinstance(query, Unset):
                raise TypeError("create() needs query= (or body=)")
            from ...models.saved_search_create import SavedSearchCreate

            body = SavedSearchCreate(
                name=name,
                query=query,
                is_shared=is_shared,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                query,
                is_shared,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_smart_view import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SavedSearch:
        """Get a Smart View (saved_search)

         Returns one Smart View with its query.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_smart_view.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            SavedSearch
        """

        from .get_smart_view import asyncio

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
        query: str | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SavedSearch: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: SavedSearchUpdate,
    ) -> SavedSearch: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        query: str | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SavedSearchUpdate | Unset = UNSET,
    ) -> SavedSearch:
        """Update a Smart View (saved_search)

         Changes only the fields sent, e.g. the name or the query.

        Args:
            id (str): The object's id.
            name (str | Unset):
            query (str | Unset):
            is_shared (bool | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SavedSearchUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_smart_view.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SavedSearch
        """

        if isinstance(body, Unset):
            from ...models.saved_search_update import SavedSearchUpdate

            body = SavedSearchUpdate(
                name=name,
                query=query,
                is_shared=is_shared,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                query,
                is_shared,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_smart_view import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a Smart View (saved_search)

         Deletes a Smart View; the leads in it are not affected.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_smart_view.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_smart_view import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
