"""The ``custom_object_types`` operations: one module each, and ``CustomObjectTypesResource`` (``close.custom_object_types``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.custom_object_type import CustomObjectType
    from ...models.custom_object_type_create import CustomObjectTypeCreate
    from ...models.custom_object_type_list import CustomObjectTypeList
    from ...models.custom_object_type_update import CustomObjectTypeUpdate


class CustomObjectTypesResource:
    """The ``custom_object_types`` operations as methods: ``close.custom_object_types.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``custom_object_types.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def _list(
        self,
    ) -> CustomObjectTypeList:
        """List custom object types

         Lists all Custom Object Types with their field metadata: `fields` (the type's own custom
        fields) and `back_reference_fields` (fields of other objects that reference the type).
        Not paginated.

        Args:

        Raises:
            custom.errors.APIError: As `list_custom_object_types.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CustomObjectTypeList
        """

        from .list_custom_object_types import asyncio

        return await asyncio(
            client=self._client,
        )

    @overload
    async def create(
        self,
        *,
        name: str,
        name_plural: str,
        description: str | Unset = UNSET,
        api_create_only: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomObjectType: ...

    @overload
    async def create(
        self,
        *,
        body: CustomObjectTypeCreate,
    ) -> CustomObjectType: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        name_plural: str | Unset = UNSET,
        description: str | Unset = UNSET,
        api_create_only: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomObjectTypeCreate | Unset = UNSET,
    ) -> CustomObjectType:
        """Create a custom object type

         Creates a Custom Object Type. Its fields are added afterwards, as custom object custom
        fields or by associating shared custom fields.

        Args:
            name (str):
            name_plural (str):
            description (str | Unset):
            api_create_only (bool | Unset): Only API clients may create instances (default false).
            editable_with_roles (list[str] | Unset): Only users with these roles may edit instances
                (default anyone).
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomObjectTypeCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_custom_object_type.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomObjectType
        """

        if isinstance(body, Unset):
            if isinstance(name, Unset):
                raise TypeError("create() needs name= (or body=)")
            if isinstance(name_plural, Unset):
                raise TypeError("create() needs name_plural= (or body=)")
            from ...models.custom_object_type_create import CustomObjectTypeCreate

            body = CustomObjectTypeCreate(
                name=name,
                name_plural=name_plural,
                description=description,
                api_create_only=api_create_only,
                editable_with_roles=editable_with_roles,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                name_plural,
                description,
                api_create_only,
                editable_with_roles,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_custom_object_type import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
    ) -> CustomObjectType:
        """Get a custom object type

         Returns one Custom Object Type with its field metadata.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `get_custom_object_type.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CustomObjectType
        """

        from .get_custom_object_type import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    @overload
    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        name_plural: str | Unset = UNSET,
        description: str | Unset = UNSET,
        api_create_only: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomObjectType: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: CustomObjectTypeUpdate,
    ) -> CustomObjectType: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        name_plural: str | Unset = UNSET,
        description: str | Unset = UNSET,
        api_create_only: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomObjectTypeUpdate | Unset = UNSET,
    ) -> CustomObjectType:
        """Update a custom object type

         Changes the type's names, description, `api_create_only`, `editable_with_roles`, or
        archives it (`is_archived`). Fields cannot be changed here: use the custom object custom
        field and custom field schema endpoints.

        Args:
            id (str): The object's id.
            name (str | Unset):
            name_plural (str | Unset):
            description (str | Unset):
            api_create_only (bool | Unset):
            editable_with_roles (list[str] | Unset):
            is_archived (bool | Unset): `true` archives the type.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomObjectTypeUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_custom_object_type.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomObjectType
        """

        if isinstance(body, Unset):
            from ...models.custom_object_type_update import CustomObjectTypeUpdate

            body = CustomObjectTypeUpdate(
                name=name,
                name_plural=name_plural,
                description=description,
                api_create_only=api_create_only,
                editable_with_roles=editable_with_roles,
                is_archived=is_archived,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                name_plural,
                description,
                api_create_only,
                editable_with_roles,
                is_archived,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_custom_object_type import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> None:
        """Delete a custom object type

         Deletes a Custom Object Type.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_custom_object_type.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            None
        """

        from .delete_custom_object_type import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
