from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export import Export
from ...models.lead_export_create import LeadExportCreate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    body: LeadExportCreate,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/export/lead/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Export | None:
    if response.status_code == 200:
        response_200 = Export.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LeadExportCreate,
    x_tz_offset: str | Unset = UNSET,
) -> Response[Export]:
    """Export leads, contacts or opportunities by lead search

     Starts an export of the leads matching `query` (all by default), one row per lead, contact or
    opportunity depending on `type`. The gzip-compressed file is linked by email and in
    `download_url` when done. Activities and smart fields are opt-in.

    Args:
        x_tz_offset (str | Unset):
        body (LeadExportCreate): An export of the leads matching a search query.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Export]
    """

    kwargs = _get_kwargs(
        body=body,
        x_tz_offset=x_tz_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /export/lead/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LeadExportCreate,
    x_tz_offset: str | Unset = UNSET,
) -> Export | None:
    """Export leads, contacts or opportunities by lead search

     Starts an export of the leads matching `query` (all by default), one row per lead, contact or
    opportunity depending on `type`. The gzip-compressed file is linked by email and in
    `download_url` when done. Activities and smart fields are opt-in.

    Args:
        x_tz_offset (str | Unset):
        body (LeadExportCreate): An export of the leads matching a search query.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Export
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
