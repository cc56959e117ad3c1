from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scheduling_link import SchedulingLink
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
    body: SharedSchedulingLinkCreate,
) -> Response[SchedulingLink]:
    """Create a shared scheduling link

     Creates a Shared Scheduling Link for the team (needs the Manage Customizations
    permission). Its `template_tag`, derived from the name, can be used in email templates
    and resolves to the link mapped for the sending user.

    Args:
        body (SharedSchedulingLinkCreate): A new Shared Scheduling Link.

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
        operation="POST /shared_scheduling_link/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkCreate,
) -> SchedulingLink | None:
    """Create a shared scheduling link

     Creates a Shared Scheduling Link for the team (needs the Manage Customizations
    permission). Its `template_tag`, derived from the name, can be used in email templates
    and resolves to the link mapped for the sending user.

    Args:
        body (SharedSchedulingLinkCreate): A new Shared Scheduling Link.

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
