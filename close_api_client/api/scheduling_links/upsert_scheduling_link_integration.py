from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scheduling_link import SchedulingLink
from ...models.scheduling_link_integration_upsert import SchedulingLinkIntegrationUpsert
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: SchedulingLinkIntegrationUpsert,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scheduling_link/integration/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SchedulingLink | None:
    if response.status_code == 200:
        response_200 = SchedulingLink.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SchedulingLinkIntegrationUpsert,
) -> Response[SchedulingLink]:
    """Create or update a scheduling link as an OAuth application

     Creates a `THIRD_PARTY` User Scheduling Link managed by the calling OAuth application, or
    updates the one it already created with the same `source_id`. OAuth only: an API key
    gets an error.

    Args:
        body (SchedulingLinkIntegrationUpsert): A User Scheduling Link managed by an OAuth
            application, identified by `source_id`.

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
        operation="POST /scheduling_link/integration/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SchedulingLinkIntegrationUpsert,
) -> SchedulingLink | None:
    """Create or update a scheduling link as an OAuth application

     Creates a `THIRD_PARTY` User Scheduling Link managed by the calling OAuth application, or
    updates the one it already created with the same `source_id`. OAuth only: an API key
    gets an error.

    Args:
        body (SchedulingLinkIntegrationUpsert): A User Scheduling Link managed by an OAuth
            application, identified by `source_id`.

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
