from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.phone_number import PhoneNumber
from ...models.phone_number_rent import PhoneNumberRent
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: PhoneNumberRent,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/phone_number/request/internal/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PhoneNumber | None:
    if response.status_code == 201:
        response_201 = PhoneNumber.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PhoneNumberRent,
) -> Response[PhoneNumber]:
    """Rent an internal phone number

     Rents a new Close-owned number in a country (and optionally an area code), which costs money; group
    numbers need "Manage Group Phone Numbers". When nothing is rented, the 4xx body's `status` says why
    (`has-voice-only`, `needs-more-info`, `billing-error`, `error`).

    Args:
        body (PhoneNumberRent): What number to rent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PhoneNumber]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /phone_number/request/internal/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PhoneNumberRent,
) -> PhoneNumber | None:
    """Rent an internal phone number

     Rents a new Close-owned number in a country (and optionally an area code), which costs money; group
    numbers need "Manage Group Phone Numbers". When nothing is rented, the 4xx body's `status` says why
    (`has-voice-only`, `needs-more-info`, `billing-error`, `error`).

    Args:
        body (PhoneNumberRent): What number to rent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhoneNumber
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
