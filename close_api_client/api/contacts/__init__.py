"""The ``contacts`` operations: one module each, and ``ContactsResource`` (``close.contacts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.contact import Contact
    from ...models.contact_create import ContactCreate
    from ...models.contact_list import ContactList
    from ...models.contact_update import ContactUpdate
    from ...models.contact_url import ContactUrl
    from ...models.email_address_create import EmailAddressCreate
    from ...models.empty import Empty
    from ...models.phone_create import PhoneCreate


class ContactsResource:
    """The ``contacts`` operations as methods: ``close.contacts.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``contacts.<operation>.asyncio(..., client=client)``.
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
        lead_id: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[Contact, ContactList]:
        """List contacts

         Lists contacts of all leads page by page (`_skip`/`_limit`). To search for contacts,
        Close recommends querying leads (or advanced filtering) and reading their contacts.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            lead_id (str | Unset): Only the contacts of this lead (from Close's published OpenAPI
                document).
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_contacts.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[Contact, ContactList]
        """

        from custom._listing import Listing

        from . import list_contacts

        return Listing(
            list_contacts,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
            lead_id=lead_id,
        )

    @overload
    async def create(
        self,
        *,
        lead_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        phones: list[PhoneCreate] | Unset = UNSET,
        emails: list[EmailAddressCreate] | Unset = UNSET,
        urls: list[ContactUrl] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> Contact: ...

    @overload
    async def create(
        self,
        *,
        body: ContactCreate,
        fields: str | Unset = UNSET,
    ) -> Contact: ...

    async def create(
        self,
        *,
        lead_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        phones: list[PhoneCreate] | Unset = UNSET,
        emails: list[EmailAddressCreate] | Unset = UNSET,
        urls: list[ContactUrl] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: ContactCreate | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> Contact:
        """Create a contact

         Creates a contact on the lead given by `lead_id`, with its phones, emails, URLs and
        custom field values (`custom.<field id>` keys). Phone numbers are normalized to E.164.

        Args:
            lead_id (str | Unset): The lead the contact belongs to.
            name (str | Unset):
            title (None | str | Unset):
            phones (list[PhoneCreate] | Unset):
            emails (list[EmailAddressCreate] | Unset):
            urls (list[ContactUrl] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (ContactCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `create_contact.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Contact
        """

        if isinstance(body, Unset):
            from ...models.contact_create import ContactCreate

            body = ContactCreate(
                lead_id=lead_id,
                name=name,
                title=title,
                phones=phones,
                emails=emails,
                urls=urls,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                lead_id,
                name,
                title,
                phones,
                emails,
                urls,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_contact import asyncio

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
    ) -> Contact:
        """Get a contact

         Returns one contact with its phones, emails, URLs and custom field values.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_contact.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Contact
        """

        from .get_contact import asyncio

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
        title: None | str | Unset = UNSET,
        phones: list[PhoneCreate] | Unset = UNSET,
        emails: list[EmailAddressCreate] | Unset = UNSET,
        urls: list[ContactUrl] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> Contact: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: ContactUpdate,
        fields: str | Unset = UNSET,
    ) -> Contact: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        phones: list[PhoneCreate] | Unset = UNSET,
        emails: list[EmailAddressCreate] | Unset = UNSET,
        urls: list[ContactUrl] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: ContactUpdate | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> Contact:
        """Update a contact

         Changes only the fields sent. `custom.<field id>: null` unsets a custom field; for a
        multi-value field, `custom.<field id>.add` / `.remove` add or remove a single value.

        Args:
            id (str): The object's id.
            name (str | Unset):
            title (None | str | Unset):
            phones (list[PhoneCreate] | Unset):
            emails (list[EmailAddressCreate] | Unset):
            urls (list[ContactUrl] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (ContactUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `update_contact.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Contact
        """

        if isinstance(body, Unset):
            from ...models.contact_update import ContactUpdate

            body = ContactUpdate(
                name=name,
                title=title,
                phones=phones,
                emails=emails,
                urls=urls,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                title,
                phones,
                emails,
                urls,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_contact import asyncio

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
        """Delete a contact

         Deletes a contact; its lead stays.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_contact.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_contact import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
