"""The ``custom_objects`` operations: one module each, and ``CustomObjectsResource`` (``close.custom_objects``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.custom_object import CustomObject
    from ...models.custom_object_create import CustomObjectCreate
    from ...models.custom_object_list import CustomObjectList
    from ...models.custom_object_update import CustomObjectUpdate


class CustomObjectsResource:
    """The ``custom_objects`` operations as methods: ``close.custom_objects.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``custom_objects.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        lead_id: str,
        custom_object_type_id: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[CustomObject, CustomObjectList]:
        """List a lead's custom objects

         Lists the Custom Object instances of one lead (`lead_id` is required; use advanced
        filtering to search across leads). Field values come as `custom.<field id>` keys;
        back references are not included.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            lead_id (str): The lead whose custom objects to list.
            custom_object_type_id (str | Unset): Only instances of this Custom Object Type.
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_custom_objects.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[CustomObject, CustomObjectList]
        """

        from custom._listing import Listing

        from . import list_custom_objects

        return Listing(
            list_custom_objects,
            paging,
            client=self._client,
            lead_id=lead_id,
            custom_object_type_id=custom_object_type_id,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create(
        self,
        *,
        custom_object_type_id: str,
        lead_id: str,
        name: str,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomObject: ...

    @overload
    async def create(
        self,
        *,
        body: CustomObjectCreate,
    ) -> CustomObject: ...

    async def create(
        self,
        *,
        custom_object_type_id: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomObjectCreate | Unset = UNSET,
    ) -> CustomObject:
        """Create a custom object

         Creates an instance of a Custom Object Type on a lead. The type decides which custom
        fields can be set, as `custom.<field id>` keys (lists for multi-value fields).

        Args:
            custom_object_type_id (str): The type, which decides which custom fields can be set.
            lead_id (str): The lead the object belongs to.
            name (str):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomObjectCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_custom_object.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomObject
        """

        if isinstance(body, Unset):
            if isinstance(custom_object_type_id, Unset):
                raise TypeError("create() needs custom_object_type_id= (or body=)")
            if isinstance(lead_id, Unset):
                raise TypeError("create() needs lead_id= (or body=)")
            if isinstance(name, Unset):
                raise TypeError("create() needs name= (or body=)")
            from ...models.custom_object_create import CustomObjectCreate

            body = CustomObjectCreate(
                custom_object_type_id=custom_object_type_id,
                lead_id=lead_id,
                name=name,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                custom_object_type_id,
                lead_id,
                name,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_custom_object import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomObject:
        """Get a custom object

         Returns one Custom Object instance with its `custom.<field id>` values.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_custom_object.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CustomObject
        """

        from .get_custom_object import asyncio

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
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomObject: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: CustomObjectUpdate,
    ) -> CustomObject: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomObjectUpdate | Unset = UNSET,
    ) -> CustomObject:
        """Update a custom object

         Changes `name` and custom field values (`custom.<field id>`); a value sent as `null`
        removes it. Only the fields sent change.

        Args:
            id (str): The object's id.
            name (str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomObjectUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_custom_object.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomObject
        """

        if isinstance(body, Unset):
            from ...models.custom_object_update import CustomObjectUpdate

            body = CustomObjectUpdate(
                name=name,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_custom_object import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> None:
        """Delete a custom object

         Deletes a Custom Object instance.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_custom_object.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            None
        """

        from .delete_custom_object import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
