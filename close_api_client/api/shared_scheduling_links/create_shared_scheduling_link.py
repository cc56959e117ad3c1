from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_scheduling_link import SharedSchedulingLink
from ...models.shared_scheduling_link_create import SharedSchedulingLinkCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: SharedSchedulingLinkCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shared_scheduling_link/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SharedSchedulingLink | None:
    if response.status_code == 201:
        response_201 = SharedSchedulingLink.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkCreate,
) -> Response[SharedSchedulingLink]:
    """Create shared scheduling link

     Creates a shared scheduling link; the body carries the fields shown in Close's example. Fields are
    typed as Close's documented examples show them; the schema stays open for the rest (see
    SPEC_NOTES.md).

    Args:
        body (SharedSchedulingLinkCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SharedSchedulingLink]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /shared_scheduling_link/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkCreate,
) -> SharedSchedulingLink | None:
    """Create shared scheduling link

     Creates a shared scheduling link; the body carries the fields shown in Close's example. Fields are
    typed as Close's documented examples show them; the schema stays open for the rest (see
    SPEC_NOTES.md).

    Args:
        body (SharedSchedulingLinkCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SharedSchedulingLink
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
