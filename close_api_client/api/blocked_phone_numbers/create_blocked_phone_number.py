from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blocked_phone_number import BlockedPhoneNumber
from ...models.blocked_phone_number_create import BlockedPhoneNumberCreate
from ...types import Response, build_response

OPERATION = "POST /blocked_phone_number/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: BlockedPhoneNumberCreate,
) -> dict[str, Any]:
    if not isinstance(body, BlockedPhoneNumberCreate):
        raise TypeError(
            f"body must be a BlockedPhoneNumberCreate, got {type(body).__name__}"
            " (build one with BlockedPhoneNumberCreate(...) or BlockedPhoneNumberCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/blocked_phone_number/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/blocked_phone_number/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlockedPhoneNumber:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = BlockedPhoneNumber.from_dict(response.json())

    return response_201


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BlockedPhoneNumberCreate,
) -> Response[BlockedPhoneNumber]:
    """Block a phone number

     Blocks a number: from then on nobody in the organization can call it and it cannot call anybody in
    the organization.

    Args:
        body (BlockedPhoneNumberCreate): A number to block and why.

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
        Response[BlockedPhoneNumber]: status, headers, raw content and ``parsed``.
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
    body: BlockedPhoneNumberCreate,
) -> BlockedPhoneNumber:
    """Block a phone number

     Blocks a number: from then on nobody in the organization can call it and it cannot call anybody in
    the organization.

    Args:
        body (BlockedPhoneNumberCreate): A number to block and why.

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
        BlockedPhoneNumber
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
