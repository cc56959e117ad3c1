"""The ``opportunity_statuses`` operations: one module each, and ``OpportunityStatusesResource`` (``close.opportunity_statuses``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.opportunity_status import OpportunityStatus
    from ...models.opportunity_status_create import OpportunityStatusCreate
    from ...models.opportunity_status_list import OpportunityStatusList
    from ...models.opportunity_status_type import OpportunityStatusType
    from ...models.opportunity_status_update import OpportunityStatusUpdate


class OpportunityStatusesResource:
    """The ``opportunity_statuses`` operations as methods: ``close.opportunity_statuses.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``opportunity_statuses.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def _list(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> OpportunityStatusList:
        """List opportunity statuses

         Lists the organization's opportunity statuses of all pipelines, each with its type (active, won or
        lost).

        Args:
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `list_opportunity_statuses.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            OpportunityStatusList
        """

        from .list_opportunity_statuses import asyncio

        return await asyncio(
            client=self._client,
            fields=fields,
        )

    @overload
    async def create(
        self,
        *,
        label: str,
        type_: OpportunityStatusType,
        pipeline_id: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> OpportunityStatus: ...

    @overload
    async def create(
        self,
        *,
        body: OpportunityStatusCreate,
        fields: str | Unset = UNSET,
    ) -> OpportunityStatus: ...

    async def create(
        self,
        *,
        label: str | Unset = UNSET,
        type_: OpportunityStatusType | Unset = UNSET,
        pipeline_id: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: OpportunityStatusCreate | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> OpportunityStatus:
        """Create an opportunity status

         Adds an opportunity status of type `active`, `won` or `lost`, in the pipeline given by
        `pipeline_id`.

        Args:
            label (str):
            type_ (OpportunityStatusType): The kind of an opportunity status.
            pipeline_id (str | Unset): The pipeline to add the status to.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (OpportunityStatusCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `create_opportunity_status.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            OpportunityStatus
        """

        if isinstance(body, Unset):
            if isinstance(label, Unset):
                raise TypeError("create() needs label= (or body=)")
            if isinstance(type_, Unset):
                raise TypeError("create() needs type_= (or body=)")
            from ...models.opportunity_status_create import OpportunityStatusCreate

            body = OpportunityStatusCreate(
                label=label,
                type_=type_,
                pipeline_id=pipeline_id,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                label,
                type_,
                pipeline_id,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_opportunity_status import asyncio

        return await asyncio(
            client=self._client,
            body=body,
            fields=fields,
        )

    @overload
    async def update(
        self,
        id: str,
        *,
        label: str,
        custom: Mapping[str, Any] | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> OpportunityStatus: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: OpportunityStatusUpdate,
        fields: str | Unset = UNSET,
    ) -> OpportunityStatus: ...

    async def update(
        self,
        id: str,
        *,
        label: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: OpportunityStatusUpdate | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> OpportunityStatus:
        """Rename an opportunity status

         Changes an opportunity status's label.

        Args:
            id (str): The object's id.
            label (str):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (OpportunityStatusUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `update_opportunity_status.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            OpportunityStatus
        """

        if isinstance(body, Unset):
            if isinstance(label, Unset):
                raise TypeError("update() needs label= (or body=)")
            from ...models.opportunity_status_update import OpportunityStatusUpdate

            body = OpportunityStatusUpdate(
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

        from .update_opportunity_status import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
            fields=fields,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete an opportunity status

         Deletes an opportunity status.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_opportunity_status.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_opportunity_status import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
