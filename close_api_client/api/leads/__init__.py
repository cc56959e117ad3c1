"""The ``leads`` operations: one module each, and ``LeadsResource`` (``close.leads``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.address_create import AddressCreate
    from ...models.empty import Empty
    from ...models.lead import Lead
    from ...models.lead_contact_create import LeadContactCreate
    from ...models.lead_create import LeadCreate
    from ...models.lead_list import LeadList
    from ...models.lead_update import LeadUpdate
    from ...models.merge_leads_request import MergeLeadsRequest


class LeadsResource:
    """The ``leads`` operations as methods: ``close.leads.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``leads.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        query: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        date_created_gt: datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.datetime | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[Lead, LeadList]:
        """List or search leads

         Lists leads page by page (`_skip`/`_limit`). `query` takes the same search syntax as
        the search box in Close, including `sort:`; relative dates in it (`created:today`)
        follow `x-tz-offset`.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            query (str | Unset): A search query in Close's search syntax (as in the app's search box).
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            order_by (str | Unset): Field to sort by; prefix with `-` for descending order, e.g.
                `-date_created`.
            date_created_gt (datetime.datetime | Unset): Only objects created after this time.
            date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
            date_created_lt (datetime.datetime | Unset): Only objects created before this time.
            date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_leads.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[Lead, LeadList]
        """

        from custom._listing import Listing

        from . import list_leads

        return Listing(
            list_leads,
            paging,
            client=self._client,
            query=query,
            skip=skip,
            limit=limit,
            fields=fields,
            order_by=order_by,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            x_tz_offset=x_tz_offset,
        )

    @overload
    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        url: None | str | Unset = UNSET,
        description: str | Unset = UNSET,
        status_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        contacts: list[LeadContactCreate] | Unset = UNSET,
        addresses: list[AddressCreate] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Lead: ...

    @overload
    async def create(
        self,
        *,
        body: LeadCreate,
    ) -> Lead: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        url: None | str | Unset = UNSET,
        description: str | Unset = UNSET,
        status_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        contacts: list[LeadContactCreate] | Unset = UNSET,
        addresses: list[AddressCreate] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: LeadCreate | Unset = UNSET,
    ) -> Lead:
        """Create a lead

         Creates a lead; contacts, addresses and custom field values (`custom.<field id>`) can be
        nested in the same request. Tasks, opportunities and activities are created separately.
        Give `status_id` (preferred) or `status` (a label), not both; without either the
        organization's first lead status is used.

        Args:
            name (str | Unset):
            url (None | str | Unset):
            description (str | Unset):
            status_id (str | Unset):
            status (str | Unset): A lead status label; prefer `status_id`.
            contacts (list[LeadContactCreate] | Unset):
            addresses (list[AddressCreate] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (LeadCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_lead.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Lead
        """

        if isinstance(body, Unset):
            from ...models.lead_create import LeadCreate

            body = LeadCreate(
                name=name,
                url=url,
                description=description,
                status_id=status_id,
                status=status,
                contacts=contacts,
                addresses=addresses,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                url,
                description,
                status_id,
                status,
                contacts,
                addresses,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_lead import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Lead:
        """Get a lead

         Returns one lead with its contacts, opportunities, tasks and custom field values.
        Smart fields are included only when named in `_fields` (or with `_fields=_all`).

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_lead.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Lead
        """

        from .get_lead import asyncio

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
        url: None | str | Unset = UNSET,
        description: str | Unset = UNSET,
        status_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        addresses: list[AddressCreate] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Lead: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: LeadUpdate,
    ) -> Lead: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        url: None | str | Unset = UNSET,
        description: str | Unset = UNSET,
        status_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        addresses: list[AddressCreate] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: LeadUpdate | Unset = UNSET,
    ) -> Lead:
        """Update a lead

         Changes only the fields sent (every PUT in Close is a patch). A custom field is unset
        with `"custom.<field id>": null`; for multi-value fields, `custom.<field id>.add` and
        `.remove` add or remove one value.

        Args:
            id (str): The object's id.
            name (str | Unset):
            url (None | str | Unset):
            description (str | Unset):
            status_id (str | Unset):
            status (str | Unset):
            addresses (list[AddressCreate] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (LeadUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_lead.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Lead
        """

        if isinstance(body, Unset):
            from ...models.lead_update import LeadUpdate

            body = LeadUpdate(
                name=name,
                url=url,
                description=description,
                status_id=status_id,
                status=status,
                addresses=addresses,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                url,
                description,
                status_id,
                status,
                addresses,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_lead import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a lead

         Deletes a lead together with its contacts, opportunities, tasks and activities.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_lead.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_lead import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    @overload
    async def merge(
        self,
        *,
        source: str,
        destination: str,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Empty: ...

    @overload
    async def merge(
        self,
        *,
        body: MergeLeadsRequest,
    ) -> Empty: ...

    async def merge(
        self,
        *,
        source: str | Unset = UNSET,
        destination: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: MergeLeadsRequest | Unset = UNSET,
    ) -> Empty:
        """Merge two leads

         Merges the `source` lead into the `destination` lead, as the Merge Leads feature in
        the app does; the source lead is removed.

        Args:
            source (str): Id of the lead merged away.
            destination (str): Id of the lead that remains.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (MergeLeadsRequest | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `merge_leads.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Empty
        """

        if isinstance(body, Unset):
            if isinstance(source, Unset):
                raise TypeError("merge() needs source= (or body=)")
            if isinstance(destination, Unset):
                raise TypeError("merge() needs destination= (or body=)")
            from ...models.merge_leads_request import MergeLeadsRequest

            body = MergeLeadsRequest(
                source=source,
                destination=destination,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                source,
                destination,
                custom,
            )
        ):
            raise TypeError("merge() takes body= or field keywords, not both")

        from .merge_leads import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    list = _list
