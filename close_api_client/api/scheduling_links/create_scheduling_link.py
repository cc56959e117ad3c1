from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_scheduling_link_response_200 import CreateSchedulingLinkResponse200
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
) -> CreateSchedulingLinkResponse200 | None:
    if response.status_code == 200:
        response_200 = CreateSchedulingLinkResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SchedulingLinkCreate,
) -> Response[CreateSchedulingLinkResponse200]:
    """Create scheduling link

     Creates a scheduling link; the body carries the fields shown in Close's example. Fields are typed as
    Close's documented examples show them; the schema stays open for the rest (see SPEC_NOTES.md).

    Args:
        body (SchedulingLinkCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSchedulingLinkResponse200]
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
) -> CreateSchedulingLinkResponse200 | None:
    """Create scheduling link

     Creates a scheduling link; the body carries the fields shown in Close's example. Fields are typed as
    Close's documented examples show them; the schema stays open for the rest (see SPEC_NOTES.md).

    Args:
        body (SchedulingLinkCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSchedulingLinkResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
