from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blocked_phone_number import BlockedPhoneNumber
from ...models.blocked_phone_number_create import BlockedPhoneNumberCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: BlockedPhoneNumberCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/blocked_phone_number/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlockedPhoneNumber | None:
    if response.status_code == 201:
        response_201 = BlockedPhoneNumber.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockedPhoneNumber]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /blocked_phone_number/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BlockedPhoneNumberCreate,
) -> BlockedPhoneNumber | None:
    """Block a phone number

     Blocks a number: from then on nobody in the organization can call it and it cannot call anybody in
    the organization.

    Args:
        body (BlockedPhoneNumberCreate): A number to block and why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockedPhoneNumber
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
