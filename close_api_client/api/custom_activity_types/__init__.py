"""The ``custom_activity_types`` operations: one module each, and ``CustomActivityTypesResource`` (``close.custom_activity_types``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.custom_activity_type import CustomActivityType
    from ...models.custom_activity_type_create import CustomActivityTypeCreate
    from ...models.custom_activity_type_field_ref import CustomActivityTypeFieldRef
    from ...models.custom_activity_type_list import CustomActivityTypeList
    from ...models.custom_activity_type_update import CustomActivityTypeUpdate
    from ...models.empty import Empty


class CustomActivityTypesResource:
    """The ``custom_activity_types`` operations as methods: ``close.custom_activity_types.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``custom_activity_types.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def _list(
        self,
    ) -> CustomActivityTypeList:
        """List Custom Activity Types

         Lists every Custom Activity Type of the organization with its fields' metadata (not paginated).

        Args:

        Raises:
            custom.errors.APIError: As `list_custom_activity_types.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CustomActivityTypeList
        """

        from .list_custom_activity_types import asyncio

        return await asyncio(
            client=self._client,
        )

    @overload
    async def create(
        self,
        *,
        name: str,
        description: None | str | Unset = UNSET,
        api_create_only: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomActivityType: ...

    @overload
    async def create(
        self,
        *,
        body: CustomActivityTypeCreate,
    ) -> CustomActivityType: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        api_create_only: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomActivityTypeCreate | Unset = UNSET,
    ) -> CustomActivityType:
        """Create a Custom Activity Type

         Creates a Custom Activity Type. Add its fields afterwards with the activity custom field endpoints
        (`/custom_field/activity/`).

        Args:
            name (str):
            description (None | str | Unset):
            api_create_only (bool | Unset):
            editable_with_roles (list[str] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomActivityTypeCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_custom_activity_type.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomActivityType
        """

        if isinstance(body, Unset):
            if isinstance(name, Unset):
                raise TypeError("create() needs name= (or body=)")
            from ...models.custom_activity_type_create import CustomActivityTypeCreate

            body = CustomActivityTypeCreate(
                name=name,
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
                description,
                api_create_only,
                editable_with_roles,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_custom_activity_type import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
    ) -> CustomActivityType:
        """Get a Custom Activity Type

         Returns one Custom Activity Type with most of its fields' metadata.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `get_custom_activity_type.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CustomActivityType
        """

        from .get_custom_activity_type import asyncio

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
        description: None | str | Unset = UNSET,
        api_create_only: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        fields: list[CustomActivityTypeFieldRef] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomActivityType: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: CustomActivityTypeUpdate,
    ) -> CustomActivityType: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        api_create_only: bool | Unset = UNSET,
        editable_with_roles: list[str] | Unset = UNSET,
        fields: list[CustomActivityTypeFieldRef] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomActivityTypeUpdate | Unset = UNSET,
    ) -> CustomActivityType:
        """Update a Custom Activity Type

         Changes `name`, `description`, `api_create_only` or `editable_with_roles`, or reorders the fields by
        sending `fields` as a list of `{id}` (display order only). Adding, changing or removing fields goes
        through the activity custom field endpoints.

        Args:
            id (str): The object's id.
            name (str | Unset):
            description (None | str | Unset):
            api_create_only (bool | Unset):
            editable_with_roles (list[str] | Unset):
            fields (list[CustomActivityTypeFieldRef] | Unset): All fields of the type in the new
                display order.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomActivityTypeUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_custom_activity_type.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomActivityType
        """

        if isinstance(body, Unset):
            from ...models.custom_activity_type_update import CustomActivityTypeUpdate

            body = CustomActivityTypeUpdate(
                name=name,
                description=description,
                api_create_only=api_create_only,
                editable_with_roles=editable_with_roles,
                fields=fields,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                api_create_only,
                editable_with_roles,
                fields,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_custom_activity_type import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty | None:
        """Delete a Custom Activity Type

         Deletes a Custom Activity Type (its activity custom fields go with it).

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_custom_activity_type.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty | None
        """

        from .delete_custom_activity_type import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
