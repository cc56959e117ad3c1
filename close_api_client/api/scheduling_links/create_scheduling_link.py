from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scheduling_link import SchedulingLink
from ...models.scheduling_link_create import SchedulingLinkCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: SchedulingLinkCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scheduling_link/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SchedulingLink | None:
    if response.status_code == 201:
        response_201 = SchedulingLink.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SchedulingLinkCreate,
) -> Response[SchedulingLink]:
    """Create a user scheduling link

     Creates a `MANUAL` User Scheduling Link for the current user. A `url` without a scheme
    is stored with `https://`.

    Args:
        body (SchedulingLinkCreate): A new User Scheduling Link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SchedulingLink]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /scheduling_link/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SchedulingLinkCreate,
) -> SchedulingLink | None:
    """Create a user scheduling link

     Creates a `MANUAL` User Scheduling Link for the current user. A `url` without a scheme
    is stored with `https://`.

    Args:
        body (SchedulingLinkCreate): A new User Scheduling Link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SchedulingLink
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
