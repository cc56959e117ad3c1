"""The ``exports`` operations: one module each, and ``ExportsResource`` (``close.exports``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.export import Export
    from ...models.export_format import ExportFormat
    from ...models.export_list import ExportList
    from ...models.export_params import ExportParams
    from ...models.lead_export_create import LeadExportCreate
    from ...models.lead_export_type import LeadExportType
    from ...models.opportunity_export_create import OpportunityExportCreate


class ExportsResource:
    """The ``exports`` operations as methods: ``close.exports.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``exports.<operation>.asyncio(..., client=client)``.
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
        paging: Paging | None = None,
    ) -> Listing[Export, ExportList]:
        """List exports

         Lists the organization's exports with their status and download links.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_exports.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[Export, ExportList]
        """

        from custom._listing import Listing

        from . import list_exports

        return Listing(
            list_exports,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create_lead_export(
        self,
        *,
        format_: ExportFormat,
        type_: LeadExportType,
        query: str | Unset = UNSET,
        fields: list[str] | Unset = UNSET,
        include_activities: bool | Unset = UNSET,
        include_smart_fields: bool | Unset = UNSET,
        send_done_email: bool | Unset = UNSET,
        include_addresses: bool | Unset = UNSET,
        include_custom_objects: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> Export: ...

    @overload
    async def create_lead_export(
        self,
        *,
        body: LeadExportCreate,
        x_tz_offset: str | Unset = UNSET,
    ) -> Export: ...

    async def create_lead_export(
        self,
        *,
        format_: ExportFormat | Unset = UNSET,
        type_: LeadExportType | Unset = UNSET,
        query: str | Unset = UNSET,
        fields: list[str] | Unset = UNSET,
        include_activities: bool | Unset = UNSET,
        include_smart_fields: bool | Unset = UNSET,
        send_done_email: bool | Unset = UNSET,
        include_addresses: bool | Unset = UNSET,
        include_custom_objects: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: LeadExportCreate | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> Export:
        """Export leads, contacts or opportunities by lead search

         Starts an export of the leads matching `query` (all by default), one row per lead, contact or
        opportunity depending on `type`. The gzip-compressed file is linked by email and in
        `download_url` when done. Activities and smart fields are opt-in.

        Args:
            format_ (ExportFormat): File format; JSON is recommended for backups and migrations.
            type_ (LeadExportType): CSV rows per `leads`, `contacts` or `lead_opps` (opportunities);
                for JSON, `leads` is the superset.
            query (str | Unset): Lead search query (all leads by default).
            fields (list[str] | Unset): Only these fields (all by default).
            include_activities (bool | Unset): Include activities (JSON `leads` exports only).
            include_smart_fields (bool | Unset): Include smart fields (JSON `leads` exports, or any
                CSV export).
            send_done_email (bool | Unset):
            include_addresses (bool | Unset):
            include_custom_objects (bool | Unset):  Default: False.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (LeadExportCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `create_lead_export.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Export
        """

        if isinstance(body, Unset):
            if isinstance(format_, Unset):
                raise TypeError("create_lead_export() needs format_= (or body=)")
            if isinstance(type_, Unset):
                raise TypeError("create_lead_export() needs type_= (or body=)")
            from ...models.lead_export_create import LeadExportCreate

            body = LeadExportCreate(
                format_=format_,
                type_=type_,
                query=query,
                fields=fields,
                include_activities=include_activities,
                include_smart_fields=include_smart_fields,
                send_done_email=send_done_email,
                include_addresses=include_addresses,
                include_custom_objects=include_custom_objects,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                format_,
                type_,
                query,
                fields,
                include_activities,
                include_smart_fields,
                send_done_email,
                include_addresses,
                include_custom_objects,
                custom,
            )
        ):
            raise TypeError("create_lead_export() takes body= or field keywords, not both")

        from .create_lead_export import asyncio

        return await asyncio(
            client=self._client,
            body=body,
            x_tz_offset=x_tz_offset,
        )

    @overload
    async def create_opportunity_export(
        self,
        *,
        format_: ExportFormat,
        params: ExportParams | Unset = UNSET,
        fields: list[str] | Unset = UNSET,
        send_done_email: bool | Unset = UNSET,
        include_activities: bool | Unset = UNSET,
        include_smart_fields: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> Export: ...

    @overload
    async def create_opportunity_export(
        self,
        *,
        body: OpportunityExportCreate,
        x_tz_offset: str | Unset = UNSET,
    ) -> Export: ...

    async def create_opportunity_export(
        self,
        *,
        format_: ExportFormat | Unset = UNSET,
        params: ExportParams | Unset = UNSET,
        fields: list[str] | Unset = UNSET,
        send_done_email: bool | Unset = UNSET,
        include_activities: bool | Unset = UNSET,
        include_smart_fields: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: OpportunityExportCreate | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> Export:
        """Export opportunities by opportunity filters

         Starts an export of the opportunities matching `params` (the filters of the opportunity list,
        e.g. `status_id`, `user_id__in`). The gzip-compressed file is linked by email and in
        `download_url` when done.

        Args:
            format_ (ExportFormat): File format; JSON is recommended for backups and migrations.
            params (ExportParams | Unset): Filters of the opportunity list (`GET /opportunity/`), e.g.
                `status_id`, `user_id__in`.
            fields (list[str] | Unset):
            send_done_email (bool | Unset):
            include_activities (bool | Unset):  Default: False.
            include_smart_fields (bool | Unset):  Default: False.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (OpportunityExportCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `create_opportunity_export.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Export
        """

        if isinstance(body, Unset):
            if isinstance(format_, Unset):
                raise TypeError("create_opportunity_export() needs format_= (or body=)")
            from ...models.opportunity_export_create import OpportunityExportCreate

            body = OpportunityExportCreate(
                format_=format_,
                params=params,
                fields=fields,
                send_done_email=send_done_email,
                include_activities=include_activities,
                include_smart_fields=include_smart_fields,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                format_,
                params,
                fields,
                send_done_email,
                include_activities,
                include_smart_fields,
                custom,
            )
        ):
            raise TypeError("create_opportunity_export() takes body= or field keywords, not both")

        from .create_opportunity_export import asyncio

        return await asyncio(
            client=self._client,
            body=body,
            x_tz_offset=x_tz_offset,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Export:
        """Get an export

         Returns one export, to follow its `status` and get its `download_url` once done.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_export.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Export
        """

        from .get_export import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    list = _list
