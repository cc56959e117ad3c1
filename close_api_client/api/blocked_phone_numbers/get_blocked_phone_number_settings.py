from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blocked_phone_number_settings import BlockedPhoneNumberSettings
from ...types import Response, build_response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/blocked_phone_number/settings/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlockedPhoneNumberSettings | None:
    if response.status_code == 200:
        response_200 = BlockedPhoneNumberSettings.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[BlockedPhoneNumberSettings]:
    """Get blocking settings

     Returns the organization's call-blocking settings (whether anonymous inbound calls are rejected).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockedPhoneNumberSettings]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="GET /blocked_phone_number/settings/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> BlockedPhoneNumberSettings | None:
    """Get blocking settings

     Returns the organization's call-blocking settings (whether anonymous inbound calls are rejected).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockedPhoneNumberSettings
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
