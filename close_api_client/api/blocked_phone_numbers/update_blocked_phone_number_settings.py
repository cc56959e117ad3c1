from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blocked_phone_number_settings import BlockedPhoneNumberSettings
from ...models.blocked_phone_number_settings_update import BlockedPhoneNumberSettingsUpdate
from ...types import Response, build_response

OPERATION = "PUT /blocked_phone_number/settings/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: BlockedPhoneNumberSettingsUpdate,
) -> dict[str, Any]:
    if not isinstance(body, BlockedPhoneNumberSettingsUpdate):
        raise TypeError(
            f"body must be a BlockedPhoneNumberSettingsUpdate, got {type(body).__name__}"
            " (build one with BlockedPhoneNumberSettingsUpdate(...) or BlockedPhoneNumberSettingsUpdate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/blocked_phone_number/settings/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/blocked_phone_number/settings/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlockedPhoneNumberSettings:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = BlockedPhoneNumberSettings.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BlockedPhoneNumberSettingsUpdate,
) -> Response[BlockedPhoneNumberSettings]:
    """Update blocking settings

     Turns rejection of anonymous (caller-id withheld) inbound calls on or off.

    Args:
        body (BlockedPhoneNumberSettingsUpdate): New call-blocking settings.

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
        Response[BlockedPhoneNumberSettings]: status, headers, raw content and ``parsed``.
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
    body: BlockedPhoneNumberSettingsUpdate,
) -> BlockedPhoneNumberSettings:
    """Update blocking settings

     Turns rejection of anonymous (caller-id withheld) inbound calls on or off.

    Args:
        body (BlockedPhoneNumberSettingsUpdate): New call-blocking settings.

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
        BlockedPhoneNumberSettings
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
