"""The ``email_templates`` operations: one module each, and ``EmailTemplatesResource`` (``close.email_templates``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.email_template import EmailTemplate
    from ...models.email_template_create import EmailTemplateCreate
    from ...models.email_template_list import EmailTemplateList
    from ...models.email_template_render_mode import EmailTemplateRenderMode
    from ...models.email_template_update import EmailTemplateUpdate
    from ...models.empty import Empty
    from ...models.rendered_email_template import RenderedEmailTemplate


class EmailTemplatesResource:
    """The ``email_templates`` operations as methods: ``close.email_templates.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``email_templates.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        is_archived: bool | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[EmailTemplate, EmailTemplateList]:
        """List email templates

         Lists email templates page by page; `is_archived` selects archived or active ones.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            is_archived (bool | Unset): Only archived (`true`) or not archived (`false`) templates.
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            is_shared (bool | Unset): Only shared (`true`) or private (`false`) templates.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_email_templates.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[EmailTemplate, EmailTemplateList]
        """

        from custom._listing import Listing

        from . import list_email_templates

        return Listing(
            list_email_templates,
            paging,
            client=self._client,
            is_archived=is_archived,
            skip=skip,
            limit=limit,
            fields=fields,
            is_shared=is_shared,
        )

    async def create(
        self,
        *,
        body: EmailTemplateCreate,
        fields: str | Unset = UNSET,
    ) -> EmailTemplate:
        """Create an email template

         Creates an email template; `subject` and `body` may contain template tags. It is private to the
        creator unless `is_shared` is true.

        Args:
            body: The request body.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `create_email_template.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            EmailTemplate
        """

        from .create_email_template import asyncio

        return await asyncio(
            client=self._client,
            body=body,
            fields=fields,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
        include_embedded: bool | Unset = UNSET,
    ) -> EmailTemplate:
        """Get an email template

         Returns one email template, including the sequences that use it.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            include_embedded (bool | Unset): Include embedded templates used by Workflows.

        Raises:
            custom.errors.APIError: As `get_email_template.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            EmailTemplate
        """

        from .get_email_template import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
            include_embedded=include_embedded,
        )

    async def update(
        self,
        id: str,
        *,
        body: EmailTemplateUpdate,
        fields: str | Unset = UNSET,
    ) -> EmailTemplate:
        """Update an email template

         Changes only the fields sent, e.g. `is_shared` or `is_archived`.

        Args:
            id (str): The object's id.
            body: The request body.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `update_email_template.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            EmailTemplate
        """

        from .update_email_template import asyncio

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
        """Delete an email template

         Deletes an email template.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_email_template.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_email_template import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    async def render(
        self,
        id: str,
        *,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        query: str | Unset = UNSET,
        entry: int | Unset = UNSET,
        mode: EmailTemplateRenderMode | Unset = UNSET,
        email_account_id: str | Unset = UNSET,
        bulk_object_type: str | Unset = UNSET,
        contact_preference: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        results_limit: int | Unset = UNSET,
        s_query: str | Unset = UNSET,
        sender: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> RenderedEmailTemplate:
        """Render an email template

         Fills in the template for one lead and contact (`lead_id` and `contact_id`, both required in
        this form) as the current user would send it, or previews it for result number `entry` of a
        lead search `query`. An empty object means there is no such entry.

        Args:
            id (str): The object's id.
            lead_id (str | Unset): The lead to render for (together with `contact_id`).
            contact_id (str | Unset): The contact to render for (together with `lead_id`).
            query (str | Unset): A search query in Close's search syntax (as in the app's search box).
            entry (int | Unset): With `query`, the index (0 to 99) of the lead or contact to render.
            mode (EmailTemplateRenderMode | Unset): What `entry` indexes when rendering for a search
                query.
            email_account_id (str | Unset): The email account the rendered email would be sent from.
            bulk_object_type (str | Unset): One of `lead`, `contact`.
            contact_preference (str | Unset): One of `lead`, `contact`, `all`.
            limit (int | Unset): How many of the matching leads/contacts to render for (bulk preview).
            results_limit (int | Unset): Cap on the number of leads the query matches, as in bulk
                actions.
            s_query (str | Unset): A structured search query (JSON), as in `POST /data/search/`,
                selecting the recipients.
            sender (str | Unset): The sender's email address.
            sort (str | Unset): Sort order of the matching recipients. Close's published OpenAPI
                document types it as a list of `{field, direction}`; how it is serialised in a query
                string is not documented, so it is a plain string here.
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `render_email_template.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            RenderedEmailTemplate
        """

        from .render_email_template import asyncio

        return await asyncio(
            id,
            client=self._client,
            lead_id=lead_id,
            contact_id=contact_id,
            query=query,
            entry=entry,
            mode=mode,
            email_account_id=email_account_id,
            bulk_object_type=bulk_object_type,
            contact_preference=contact_preference,
            limit=limit,
            results_limit=results_limit,
            s_query=s_query,
            sender=sender,
            sort=sort,
            x_tz_offset=x_tz_offset,
        )

    list = _list
