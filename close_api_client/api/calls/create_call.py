from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_activity import CallActivity
from ...models.call_activity_create import CallActivityCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: CallActivityCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/call/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallActivity | None:
    if response.status_code == 200:
        response_200 = CallActivity.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CallActivityCreate,
) -> Response[CallActivity]:
    """Log a Call activity

     Logs a call made outside Close's built-in calling. `status` defaults to `completed`; a
    `recording_url` must be an `https://` URL to an MP3 file.

    Args:
        body (CallActivityCreate): A call made outside Close, to log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallActivity]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /activity/call/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CallActivityCreate,
) -> CallActivity | None:
    """Log a Call activity

     Logs a call made outside Close's built-in calling. `status` defaults to `completed`; a
    `recording_url` must be an `https://` URL to an MP3 file.

    Args:
        body (CallActivityCreate): A call made outside Close, to log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallActivity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
