"""The ``lead_statuses`` operations: one module each, and ``LeadStatusesResource`` (``close.lead_statuses``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.lead_status import LeadStatus
    from ...models.lead_status_create import LeadStatusCreate
    from ...models.lead_status_list import LeadStatusList
    from ...models.lead_status_update import LeadStatusUpdate


class LeadStatusesResource:
    """The ``lead_statuses`` operations as methods: ``close.lead_statuses.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``lead_statuses.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def _list(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> LeadStatusList:
        """List lead statuses

         Lists the organization's lead statuses in their configured order.

        Args:
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `list_lead_statuses.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            LeadStatusList
        """

        from .list_lead_statuses import asyncio

        return await asyncio(
            client=self._client,
            fields=fields,
        )

    @overload
    async def create(
        self,
        *,
        label: str,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> LeadStatus: ...

    @overload
    async def create(
        self,
        *,
        body: LeadStatusCreate,
    ) -> LeadStatus: ...

    async def create(
        self,
        *,
        label: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: LeadStatusCreate | Unset = UNSET,
    ) -> LeadStatus:
        """Create a lead status

         Adds a lead status with the given label.

        Args:
            label (str):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (LeadStatusCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_lead_status.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            LeadStatus
        """

        if isinstance(body, Unset):
            if isinstance(label, Unset):
                raise TypeError("create() needs label= (or body=)")
            from ...models.lead_status_create import LeadStatusCreate

            body = LeadStatusCreate(
                label=label,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                label,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_lead_status import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    @overload
    async def update(
        self,
        id: str,
        *,
        label: str,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> LeadStatus: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: LeadStatusUpdate,
    ) -> LeadStatus: ...

    async def update(
        self,
        id: str,
        *,
        label: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: LeadStatusUpdate | Unset = UNSET,
    ) -> LeadStatus:
        """Rename a lead status

         Changes a lead status's label. To move a lead to another status, update the lead instead.

        Args:
            id (str): The object's id.
            label (str):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (LeadStatusUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_lead_status.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            LeadStatus
        """

        if isinstance(body, Unset):
            if isinstance(label, Unset):
                raise TypeError("update() needs label= (or body=)")
            from ...models.lead_status_update import LeadStatusUpdate

            body = LeadStatusUpdate(
                label=label,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                label,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_lead_status import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a lead status

         Deletes a lead status.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_lead_status.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_lead_status import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
