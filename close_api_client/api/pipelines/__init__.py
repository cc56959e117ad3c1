"""The ``pipelines`` operations: one module each, and ``PipelinesResource`` (``close.pipelines``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.pipeline import Pipeline
    from ...models.pipeline_create import PipelineCreate
    from ...models.pipeline_list import PipelineList
    from ...models.pipeline_status_reference import PipelineStatusReference
    from ...models.pipeline_update import PipelineUpdate


class PipelinesResource:
    """The ``pipelines`` operations as methods: ``close.pipelines.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``pipelines.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def _list(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> PipelineList:
        """List pipelines

         Lists the organization's pipelines with their opportunity statuses in order.

        Args:
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `list_pipelines.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            PipelineList
        """

        from .list_pipelines import asyncio

        return await asyncio(
            client=self._client,
            fields=fields,
        )

    @overload
    async def create(
        self,
        *,
        name: str,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Pipeline: ...

    @overload
    async def create(
        self,
        *,
        body: PipelineCreate,
    ) -> Pipeline: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: PipelineCreate | Unset = UNSET,
    ) -> Pipeline:
        """Create a pipeline

         Creates an empty pipeline; add statuses to it by creating them with its `pipeline_id` or by moving
        them in with an update.

        Args:
            name (str):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (PipelineCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_pipeline.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Pipeline
        """

        if isinstance(body, Unset):
            if isinstance(name, Unset):
                raise TypeError("create() needs name= (or body=)")
            from ...models.pipeline_create import PipelineCreate

            body = PipelineCreate(
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
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_pipeline import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    @overload
    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        statuses: list[PipelineStatusReference] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Pipeline: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: PipelineUpdate,
    ) -> Pipeline: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        statuses: list[PipelineStatusReference] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: PipelineUpdate | Unset = UNSET,
    ) -> Pipeline:
        """Update a pipeline

         Renames a pipeline and/or sets the order of its statuses with a `statuses` list of
        `{"id": ...}`; listing a status of another pipeline moves it into this one.

        Args:
            id (str): The object's id.
            name (str | Unset):
            statuses (list[PipelineStatusReference] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (PipelineUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_pipeline.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Pipeline
        """

        if isinstance(body, Unset):
            from ...models.pipeline_update import PipelineUpdate

            body = PipelineUpdate(
                name=name,
                statuses=statuses,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                statuses,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_pipeline import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty | None:
        """Delete a pipeline

         Deletes a pipeline; only allowed once it has no opportunity statuses (delete or move them first).

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_pipeline.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty | None
        """

        from .delete_pipeline import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
