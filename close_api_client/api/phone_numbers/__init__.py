"""The ``phone_numbers`` operations: one module each, and ``PhoneNumbersResource`` (``close.phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.phone_number import PhoneNumber
    from ...models.phone_number_list import PhoneNumberList
    from ...models.phone_number_rent import PhoneNumberRent
    from ...models.phone_number_rent_carrier_type import PhoneNumberRentCarrierType
    from ...models.phone_number_sharing import PhoneNumberSharing
    from ...models.phone_number_update import PhoneNumberUpdate


class PhoneNumbersResource:
    """The ``phone_numbers`` operations as methods: ``close.phone_numbers.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``phone_numbers.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        number: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        is_group_number: bool | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[PhoneNumber, PhoneNumberList]:
        """List or search phone numbers

         Lists the organization's phone numbers, optionally filtered by number, owner (`user_id`) or whether
        they are group numbers.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            number (str | Unset): Only this phone number (E.164, e.g. `+16503335555`).
            user_id (str | Unset): Only objects belonging to this user.
            is_group_number (bool | Unset): Only group numbers (`true`) or only personal numbers
                (`false`).
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_phone_numbers.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[PhoneNumber, PhoneNumberList]
        """

        from custom._listing import Listing

        from . import list_phone_numbers

        return Listing(
            list_phone_numbers,
            paging,
            client=self._client,
            number=number,
            user_id=user_id,
            is_group_number=is_group_number,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def rent(
        self,
        *,
        country: str,
        sharing: PhoneNumberSharing,
        prefix: str | Unset = UNSET,
        with_sms: bool | Unset = UNSET,
        bundle_id: None | str | Unset = UNSET,
        carrier_type: None | PhoneNumberRentCarrierType | Unset = UNSET,
        with_mms: bool | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> PhoneNumber: ...

    @overload
    async def rent(
        self,
        *,
        body: PhoneNumberRent,
    ) -> PhoneNumber: ...

    async def rent(
        self,
        *,
        country: str | Unset = UNSET,
        sharing: PhoneNumberSharing | Unset = UNSET,
        prefix: str | Unset = UNSET,
        with_sms: bool | Unset = UNSET,
        bundle_id: None | str | Unset = UNSET,
        carrier_type: None | PhoneNumberRentCarrierType | Unset = UNSET,
        with_mms: bool | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: PhoneNumberRent | Unset = UNSET,
    ) -> PhoneNumber:
        """Rent an internal phone number

         Rents a new Close-owned number in a country (and optionally an area code), which costs money; group
        numbers need "Manage Group Phone Numbers". When nothing is rented, the 4xx body's `status` says why
        (`has-voice-only`, `needs-more-info`, `billing-error`, `error`).

        Args:
            country (str): Two-letter ISO country code, e.g. `US`.
            sharing (PhoneNumberSharing): Whether a rented number belongs to one user or is a group
                number.
            prefix (str | Unset): Area code or prefix, without the country code.
            with_sms (bool | Unset): Force (`true`) or waive (`false`) SMS capability; by default SMS-
                capable numbers are rented where Close supports SMS. Pass it only after a `has-voice-only`
                answer.
            bundle_id (None | str | Unset):
            carrier_type (None | PhoneNumberRentCarrierType | Unset):
            with_mms (bool | None | Unset): By default, MMS-capable numbers are rented if Close
                supports MMS for the given country. Renting an MMS-capable number can be forced by setting
                this flag to `true`. If set to `false`, certain prefixes that don't support MMS can be
                rented in countries where Close supports MMS. In most scenarios, this flag should not be
                passed. When you request an MMS number, you must set `with_sms` to `true` as well.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (PhoneNumberRent | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `rent_phone_number.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            PhoneNumber
        """

        if isinstance(body, Unset):
            if isinstance(country, Unset):
                raise TypeError("rent() needs country= (or body=)")
            if isinstance(sharing, Unset):
                raise TypeError("rent() needs sharing= (or body=)")
            from ...models.phone_number_rent import PhoneNumberRent

            body = PhoneNumberRent(
                country=country,
                sharing=sharing,
                prefix=prefix,
                with_sms=with_sms,
                bundle_id=bundle_id,
                carrier_type=carrier_type,
                with_mms=with_mms,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                country,
                sharing,
                prefix,
                with_sms,
                bundle_id,
                carrier_type,
                with_mms,
                custom,
            )
        ):
            raise TypeError("rent() takes body= or field keywords, not both")

        from .rent_phone_number import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> PhoneNumber:
        """Get a phone number

         Returns one phone number with its forwarding, voicemail and SMS settings.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_phone_number.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            PhoneNumber
        """

        from .get_phone_number import asyncio

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
        label: None | str | Unset = UNSET,
        forward_to: None | str | Unset = UNSET,
        forward_to_enabled: bool | Unset = UNSET,
        voicemail_greeting_url: None | str | Unset = UNSET,
        participants: list[str] | Unset = UNSET,
        phone_numbers: list[str] | Unset = UNSET,
        press_1_to_accept: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> PhoneNumber: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: PhoneNumberUpdate,
    ) -> PhoneNumber: ...

    async def update(
        self,
        id: str,
        *,
        label: None | str | Unset = UNSET,
        forward_to: None | str | Unset = UNSET,
        forward_to_enabled: bool | Unset = UNSET,
        voicemail_greeting_url: None | str | Unset = UNSET,
        participants: list[str] | Unset = UNSET,
        phone_numbers: list[str] | Unset = UNSET,
        press_1_to_accept: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: PhoneNumberUpdate | Unset = UNSET,
    ) -> PhoneNumber:
        """Update a phone number

         Changes the label, call forwarding, voicemail greeting (an https mp3 URL), or a group number's
        participants and external numbers. Only your own personal numbers, or group numbers with "Manage
        Group Phone Numbers".

        Args:
            id (str): The object's id.
            label (None | str | Unset):
            forward_to (None | str | Unset): E.164 number to forward calls to.
            forward_to_enabled (bool | Unset):
            voicemail_greeting_url (None | str | Unset): An https URL of an mp3 recording.
            participants (list[str] | Unset): User ids taking part in a group number.
            phone_numbers (list[str] | Unset): External numbers (E.164) taking part in a group number.
            press_1_to_accept (bool | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (PhoneNumberUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_phone_number.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            PhoneNumber
        """

        if isinstance(body, Unset):
            from ...models.phone_number_update import PhoneNumberUpdate

            body = PhoneNumberUpdate(
                label=label,
                forward_to=forward_to,
                forward_to_enabled=forward_to_enabled,
                voicemail_greeting_url=voicemail_greeting_url,
                participants=participants,
                phone_numbers=phone_numbers,
                press_1_to_accept=press_1_to_accept,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                label,
                forward_to,
                forward_to_enabled,
                voicemail_greeting_url,
                participants,
                phone_numbers,
                press_1_to_accept,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_phone_number import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a phone number

         Deletes one of your personal numbers, or a group number with "Manage Group Phone Numbers".

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_phone_number.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_phone_number import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
