from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_as_bulk_update import SendAsBulkUpdate
from ...models.send_as_list import SendAsList
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: SendAsBulkUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/send_as/bulk/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SendAsList | None:
    if response.status_code == 200:
        response_200 = SendAsList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendAsBulkUpdate,
) -> Response[SendAsList]:
    """Edit Send As associations in bulk

     Allows and disallows many users to send as you in one request; returns every association in which
    you are the allowing user afterwards.

    Args:
        body (SendAsBulkUpdate): Users to allow and to disallow sending as you.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendAsList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /send_as/bulk/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendAsBulkUpdate,
) -> SendAsList | None:
    """Edit Send As associations in bulk

     Allows and disallows many users to send as you in one request; returns every association in which
    you are the allowing user afterwards.

    Args:
        body (SendAsBulkUpdate): Users to allow and to disallow sending as you.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendAsList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
