"""The ``custom_field_schemas`` operations: one module each, and ``CustomFieldSchemasResource`` (``close.custom_field_schemas``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.custom_field_reference import CustomFieldReference
    from ...models.custom_field_schema import CustomFieldSchema
    from ...models.custom_field_schema_update import CustomFieldSchemaUpdate


class CustomFieldSchemasResource:
    """The ``custom_field_schemas`` operations as methods: ``close.custom_field_schemas.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``custom_field_schemas.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get(
        self,
        object_type: str,
    ) -> CustomFieldSchema:
        """Get a custom field schema

         Returns every custom field (regular and shared) that can be set on an object type, in
        the order defined for it: the way to answer "which custom fields can I set here?".

        Args:
            object_type (str): The object type: `lead`, `contact`, `opportunity`, `activity/<custom
                activity type id>`
                or `custom_object/<custom object type id>`.

        Raises:
            custom.errors.APIError: As `get_custom_field_schema.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CustomFieldSchema
        """

        from .get_custom_field_schema import asyncio

        return await asyncio(
            object_type,
            client=self._client,
        )

    @overload
    async def update(
        self,
        object_type: str,
        *,
        fields: list[CustomFieldReference],
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomFieldSchema: ...

    @overload
    async def update(
        self,
        object_type: str,
        *,
        body: CustomFieldSchemaUpdate,
    ) -> CustomFieldSchema: ...

    async def update(
        self,
        object_type: str,
        *,
        fields: list[CustomFieldReference] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomFieldSchemaUpdate | Unset = UNSET,
    ) -> CustomFieldSchema:
        """Reorder the fields of a custom field schema

         Sets the display order of the schema's fields from a `fields` list of `{"id": ...}`;
        fields left out are appended at the end. Fields are removed by deleting or
        disassociating them, not here.

        Args:
            object_type (str): The object type: `lead`, `contact`, `opportunity`, `activity/<custom
                activity type id>`
                or `custom_object/<custom object type id>`.
            fields (list[CustomFieldReference]):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomFieldSchemaUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_custom_field_schema.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomFieldSchema
        """

        if isinstance(body, Unset):
            if isinstance(fields, Unset):
                raise TypeError("update() needs fields= (or body=)")
            from ...models.custom_field_schema_update import CustomFieldSchemaUpdate

            body = CustomFieldSchemaUpdate(
                fields=fields,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                fields,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_custom_field_schema import asyncio

        return await asyncio(
            object_type,
            client=self._client,
            body=body,
        )
