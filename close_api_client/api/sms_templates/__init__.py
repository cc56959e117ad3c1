"""The ``sms_templates`` operations: one module each, and ``SmsTemplatesResource`` (``close.sms_templates``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.sms_template import SmsTemplate
    from ...models.sms_template_attachment_create import SmsTemplateAttachmentCreate
    from ...models.sms_template_create import SmsTemplateCreate
    from ...models.sms_template_list import SmsTemplateList
    from ...models.sms_template_status import SmsTemplateStatus
    from ...models.sms_template_update import SmsTemplateUpdate


class SmsTemplatesResource:
    """The ``sms_templates`` operations as methods: ``close.sms_templates.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``sms_templates.<operation>.asyncio(..., client=client)``.
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
    ) -> Listing[SmsTemplate, SmsTemplateList]:
        """List SMS templates

         Lists SMS templates page by page (`_limit` defaults to 100).

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
            custom.errors.APIError: As `list_sms_templates.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[SmsTemplate, SmsTemplateList]
        """

        from custom._listing import Listing

        from . import list_sms_templates

        return Listing(
            list_sms_templates,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create(
        self,
        *,
        name: str,
        text: str | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        attachments: list[SmsTemplateAttachmentCreate] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SmsTemplate: ...

    @overload
    async def create(
        self,
        *,
        body: SmsTemplateCreate,
    ) -> SmsTemplate: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        text: str | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        attachments: list[SmsTemplateAttachmentCreate] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SmsTemplateCreate | Unset = UNSET,
    ) -> SmsTemplate:
        """Create an SMS template

         Creates an SMS template; `text` may contain template tags such as `{{ contact.first_name }}` and
        attachments are files uploaded with the Files API.

        Args:
            name (str):
            text (str | Unset):
            is_shared (bool | Unset):
            attachments (list[SmsTemplateAttachmentCreate] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SmsTemplateCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_sms_template.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SmsTemplate
        """

        if isinstance(body, Unset):
            if isinstance(name, Unset):
                raise TypeError("create() needs name= (or body=)")
            from ...models.sms_template_create import SmsTemplateCreate

            body = SmsTemplateCreate(
                name=name,
                text=text,
                is_shared=is_shared,
                attachments=attachments,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                text,
                is_shared,
                attachments,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_sms_template import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        include_attachments: bool | Unset = UNSET,
        include_embedded: bool | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> SmsTemplate:
        """Get an SMS template

         Returns one SMS template; attachments and templates embedded by Workflows only on request.

        Args:
            id (str): The object's id.
            include_attachments (bool | Unset): Include the template's file attachments (default
                false).
            include_embedded (bool | Unset): Include embedded templates used by Workflows (default
                false).
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_sms_template.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            SmsTemplate
        """

        from .get_sms_template import asyncio

        return await asyncio(
            id,
            client=self._client,
            include_attachments=include_attachments,
            include_embedded=include_embedded,
            fields=fields,
        )

    @overload
    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        text: str | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        status: SmsTemplateStatus | Unset = UNSET,
        attachments: list[SmsTemplateAttachmentCreate] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SmsTemplate: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: SmsTemplateUpdate,
    ) -> SmsTemplate: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        text: str | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        status: SmsTemplateStatus | Unset = UNSET,
        attachments: list[SmsTemplateAttachmentCreate] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SmsTemplateUpdate | Unset = UNSET,
    ) -> SmsTemplate:
        """Update an SMS template

         Changes only the fields sent; `status` archives or reactivates the template.

        Args:
            id (str): The object's id.
            name (str | Unset):
            text (str | Unset):
            is_shared (bool | Unset):
            status (SmsTemplateStatus | Unset): Whether the template is in use or archived.
            attachments (list[SmsTemplateAttachmentCreate] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SmsTemplateUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_sms_template.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SmsTemplate
        """

        if isinstance(body, Unset):
            from ...models.sms_template_update import SmsTemplateUpdate

            body = SmsTemplateUpdate(
                name=name,
                text=text,
                is_shared=is_shared,
                status=status,
                attachments=attachments,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                text,
                is_shared,
                status,
                attachments,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_sms_template import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> None:
        """Delete an SMS template

         Deletes an SMS template.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_sms_template.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            None
        """

        from .delete_sms_template import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
