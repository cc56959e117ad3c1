from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_as import SendAs
from ...models.send_as_create import SendAsCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: SendAsCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/send_as/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SendAs | None:
    if response.status_code == 201:
        response_201 = SendAs.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendAsCreate,
) -> Response[SendAs]:
    """Create a Send As association

     Lets another user send emails, bulk emails and sequences as you; `allowing_user_id` must be you.

    Args:
        body (SendAsCreate): A new Send As association; `allowing_user_id` must be your user id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendAs]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /send_as/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendAsCreate,
) -> SendAs | None:
    """Create a Send As association

     Lets another user send emails, bulk emails and sequences as you; `allowing_user_id` must be you.

    Args:
        body (SendAsCreate): A new Send As association; `allowing_user_id` must be your user id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendAs
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
