"""The ``forms`` operations: one module each, and ``FormsResource`` (``close.forms``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.form import Form
    from ...models.form_list import FormList


class FormsResource:
    """The ``forms`` operations as methods: ``close.forms.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``forms.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[Form, FormList]:
        """List forms

         Lists the organization's forms with their published field definitions, page by page. The
        field ids (`formfld_...`) are the keys of a FormSubmission activity's `values`.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            is_archived (bool | Unset): Only archived (`true`) or only active (`false`) forms.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_forms.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[Form, FormList]
        """

        from custom._listing import Listing

        from . import list_forms

        return Listing(
            list_forms,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            is_archived=is_archived,
            fields=fields,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Form:
        """Get a form

         Returns one form with its published field definitions.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_form.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Form
        """

        from .get_form import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    list = _list
