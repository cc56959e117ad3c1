"""The ``blocked_phone_numbers`` operations: one module each, and ``BlockedPhoneNumbersResource`` (``close.blocked_phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.blocked_phone_number import BlockedPhoneNumber
    from ...models.blocked_phone_number_create import BlockedPhoneNumberCreate
    from ...models.blocked_phone_number_list import BlockedPhoneNumberList
    from ...models.blocked_phone_number_settings import BlockedPhoneNumberSettings
    from ...models.blocked_phone_number_settings_update import BlockedPhoneNumberSettingsUpdate
    from ...models.blocked_phone_number_update import BlockedPhoneNumberUpdate
    from ...models.empty import Empty


class BlockedPhoneNumbersResource:
    """The ``blocked_phone_numbers`` operations as methods: ``close.blocked_phone_numbers.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``blocked_phone_numbers.<operation>.asyncio(..., client=client)``.
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
    ) -> Listing[BlockedPhoneNumber, BlockedPhoneNumberList]:
        """List blocked phone numbers

         Lists the numbers blocked from calling or messaging the organization, page by page.

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
            custom.errors.APIError: As `list_blocked_phone_numbers.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[BlockedPhoneNumber, BlockedPhoneNumberList]
        """

        from custom._listing import Listing

        from . import list_blocked_phone_numbers

        return Listing(
            list_blocked_phone_numbers,
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
        phone: str,
        reason: str,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> BlockedPhoneNumber: ...

    @overload
    async def create(
        self,
        *,
        body: BlockedPhoneNumberCreate,
    ) -> BlockedPhoneNumber: ...

    async def create(
        self,
        *,
        phone: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: BlockedPhoneNumberCreate | Unset = UNSET,
    ) -> BlockedPhoneNumber:
        """Block a phone number

         Blocks a number: from then on nobody in the organization can call it and it cannot call anybody in
        the organization.

        Args:
            phone (str): E.164.
            reason (str):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (BlockedPhoneNumberCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_blocked_phone_number.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            BlockedPhoneNumber
        """

        if isinstance(body, Unset):
            if isinstance(phone, Unset):
                raise TypeError("create() needs phone= (or body=)")
            if isinstance(reason, Unset):
                raise TypeError("create() needs reason= (or body=)")
            from ...models.blocked_phone_number_create import BlockedPhoneNumberCreate

            body = BlockedPhoneNumberCreate(
                phone=phone,
                reason=reason,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                phone,
                reason,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_blocked_phone_number import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get_blocked_phone_number_settings(
        self,
    ) -> BlockedPhoneNumberSettings:
        """Get blocking settings

         Returns the organization's call-blocking settings (whether anonymous inbound calls are rejected).

        Args:

        Raises:
            custom.errors.APIError: As `get_blocked_phone_number_settings.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            BlockedPhoneNumberSettings
        """

        from .get_blocked_phone_number_settings import asyncio

        return await asyncio(
            client=self._client,
        )

    @overload
    async def update_blocked_phone_number_settings(
        self,
        *,
        reject_anonymous_inbound_calls: bool,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> BlockedPhoneNumberSettings: ...

    @overload
    async def update_blocked_phone_number_settings(
        self,
        *,
        body: BlockedPhoneNumberSettingsUpdate,
    ) -> BlockedPhoneNumberSettings: ...

    async def update_blocked_phone_number_settings(
        self,
        *,
        reject_anonymous_inbound_calls: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: BlockedPhoneNumberSettingsUpdate | Unset = UNSET,
    ) -> BlockedPhoneNumberSettings:
        """Update blocking settings

         Turns rejection of anonymous (caller-id withheld) inbound calls on or off.

        Args:
            reject_anonymous_inbound_calls (bool):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (BlockedPhoneNumberSettingsUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_blocked_phone_number_settings.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            BlockedPhoneNumberSettings
        """

        if isinstance(body, Unset):
            if isinstance(reject_anonymous_inbound_calls, Unset):
                raise TypeError(
                    "update_blocked_phone_number_settings() needs reject_anonymous_inbound_calls= (or body=)"
                )
            from ...models.blocked_phone_number_settings_update import (
                BlockedPhoneNumberSettingsUpdate,
            )

            body = BlockedPhoneNumberSettingsUpdate(
                reject_anonymous_inbound_calls=reject_anonymous_inbound_calls,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                reject_anonymous_inbound_calls,
                custom,
            )
        ):
            raise TypeError(
                "update_blocked_phone_number_settings() takes body= or field keywords, not both"
            )

        from .update_blocked_phone_number_settings import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> BlockedPhoneNumber:
        """Get a blocked phone number

         Returns one blocked number record.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_blocked_phone_number.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            BlockedPhoneNumber
        """

        from .get_blocked_phone_number import asyncio

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
        reason: str,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> BlockedPhoneNumber: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: BlockedPhoneNumberUpdate,
    ) -> BlockedPhoneNumber: ...

    async def update(
        self,
        id: str,
        *,
        reason: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: BlockedPhoneNumberUpdate | Unset = UNSET,
    ) -> BlockedPhoneNumber:
        """Update a blocked phone number

         Changes the reason of a block; the number itself cannot be changed.

        Args:
            id (str): The object's id.
            reason (str):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (BlockedPhoneNumberUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_blocked_phone_number.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            BlockedPhoneNumber
        """

        if isinstance(body, Unset):
            if isinstance(reason, Unset):
                raise TypeError("update() needs reason= (or body=)")
            from ...models.blocked_phone_number_update import BlockedPhoneNumberUpdate

            body = BlockedPhoneNumberUpdate(
                reason=reason,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                reason,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_blocked_phone_number import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty | None:
        """Unblock a phone number

         Deletes the block, so calls to and from the number work again. The docs say 200, Close's OpenAPI
        copy says 204 (no body); both are accepted.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_blocked_phone_number.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty | None
        """

        from .delete_blocked_phone_number import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
