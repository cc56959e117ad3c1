"""The ``organizations`` operations: one module each, and ``OrganizationsResource`` (``close.organizations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.organization import Organization
    from ...models.organization_lead_status_ref import OrganizationLeadStatusRef
    from ...models.organization_update import OrganizationUpdate


class OrganizationsResource:
    """The ``organizations`` operations as methods: ``close.organizations.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``organizations.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
        expand: str | Unset = UNSET,
    ) -> Organization:
        """Get an organization

         Returns an organization with its current and former memberships, lead statuses and pipelines.
        Memberships carry the user's data as `user_*` fields; pass
        `_expand=memberships__user,inactive_memberships__user` to get a nested `user` instead.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            expand (str | Unset): Comma-separated nested objects to expand, e.g.
                `memberships__user,inactive_memberships__user`.

        Raises:
            custom.errors.APIError: As `get_organization.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Organization
        """

        from .get_organization import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
            expand=expand,
        )

    @overload
    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        lead_statuses: list[OrganizationLeadStatusRef] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        expand: str | Unset = UNSET,
    ) -> Organization: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: OrganizationUpdate,
        expand: str | Unset = UNSET,
    ) -> Organization: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        lead_statuses: list[OrganizationLeadStatusRef] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: OrganizationUpdate | Unset = UNSET,
        expand: str | Unset = UNSET,
    ) -> Organization:
        """Update an organization

         Changes the organization's `name` or `currency`, or reorders its lead statuses (send every existing
        status id in the new order). Statuses are not created or renamed here.

        Args:
            id (str): The object's id.
            name (str | Unset):
            currency (str | Unset): ISO 4217 code, e.g. `USD`.
            lead_statuses (list[OrganizationLeadStatusRef] | Unset): Every existing lead status, by
                id, in the new order.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (OrganizationUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            expand (str | Unset): Related objects to expand in the response (comma-separated), as for
                `GET /organization/{id}/`.

        Raises:
            custom.errors.APIError: As `update_organization.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Organization
        """

        if isinstance(body, Unset):
            from ...models.organization_update import OrganizationUpdate

            body = OrganizationUpdate(
                name=name,
                currency=currency,
                lead_statuses=lead_statuses,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                currency,
                lead_statuses,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_organization import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
            expand=expand,
        )
