"""The ``ai_field_enrichment`` operations: one module each, and ``AiFieldEnrichmentResource`` (``close.ai_field_enrichment``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.enrich_field_object_type import EnrichFieldObjectType
    from ...models.enrich_field_request import EnrichFieldRequest
    from ...models.enrich_field_result import EnrichFieldResult


class AiFieldEnrichmentResource:
    """The ``ai_field_enrichment`` operations as methods: ``close.ai_field_enrichment.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``ai_field_enrichment.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @overload
    async def enrich_field(
        self,
        *,
        organization_id: str,
        object_type: EnrichFieldObjectType,
        object_id: str,
        field_id: str,
        set_new_value: bool | Unset = UNSET,
        overwrite_existing_value: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> EnrichFieldResult: ...

    @overload
    async def enrich_field(
        self,
        *,
        body: EnrichFieldRequest,
    ) -> EnrichFieldResult: ...

    async def enrich_field(
        self,
        *,
        organization_id: str | Unset = UNSET,
        object_type: EnrichFieldObjectType | Unset = UNSET,
        object_id: str | Unset = UNSET,
        field_id: str | Unset = UNSET,
        set_new_value: bool | Unset = UNSET,
        overwrite_existing_value: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: EnrichFieldRequest | Unset = UNSET,
    ) -> EnrichFieldResult:
        """Enrich a lead or contact field with AI

         Has AI find a value for one custom field of a lead or contact, following the field's guidance,
        and waits for the result (seconds; complex guidance may time out). By default the value is saved
        only if the field is empty; may consume credits.

        Args:
            organization_id (str):
            object_type (EnrichFieldObjectType): The kind of object to enrich.
            object_id (str): The lead or contact id.
            field_id (str): The custom field id.
            set_new_value (bool | Unset): Save the value found (default true).
            overwrite_existing_value (bool | Unset): Replace a value the field already has (default
                false).
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (EnrichFieldRequest | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `enrich_field.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            EnrichFieldResult
        """

        if isinstance(body, Unset):
            if isinstance(organization_id, Unset):
                raise TypeError("enrich_field() needs organization_id= (or body=)")
            if isinstance(object_type, Unset):
                raise TypeError("enrich_field() needs object_type= (or body=)")
            if isinstance(object_id, Unset):
                raise TypeError("enrich_field() needs object_id= (or body=)")
            if isinstance(field_id, Unset):
                raise TypeError("enrich_field() needs field_id= (or body=)")
            from ...models.enrich_field_request import EnrichFieldRequest

            body = EnrichFieldRequest(
                organization_id=organization_id,
                object_type=object_type,
                object_id=object_id,
                field_id=field_id,
                set_new_value=set_new_value,
                overwrite_existing_value=overwrite_existing_value,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                organization_id,
                object_type,
                object_id,
                field_id,
                set_new_value,
                overwrite_existing_value,
                custom,
            )
        ):
            raise TypeError("enrich_field() takes body= or field keywords, not both")

        from .enrich_field import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )
