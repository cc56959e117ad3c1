from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.phone_number import PhoneNumber
from ...models.phone_number_rent import PhoneNumberRent
from ...types import Response, build_response

OPERATION = "POST /phone_number/request/internal/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: PhoneNumberRent,
) -> dict[str, Any]:
    if not isinstance(body, PhoneNumberRent):
        raise TypeError(
            f"body must be a PhoneNumberRent, got {type(body).__name__}"
            " (build one with PhoneNumberRent(...) or PhoneNumberRent.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/phone_number/request/internal/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/phone_number/request/internal/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PhoneNumber:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = PhoneNumber.from_dict(response.json())

    return response_201


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        Response[PhoneNumber]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation=OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PhoneNumberRent,
) -> PhoneNumber:
    """Rent an internal phone number

     Rents a new Close-owned number in a country (and optionally an area code), which costs money; group
    numbers need "Manage Group Phone Numbers". When nothing is rented, the 4xx body's `status` says why
    (`has-voice-only`, `needs-more-info`, `billing-error`, `error`).

    Args:
        body (PhoneNumberRent): What number to rent.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        PhoneNumber
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
