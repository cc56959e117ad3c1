from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export import Export
from ...models.opportunity_export_create import OpportunityExportCreate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    body: OpportunityExportCreate,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/export/opportunity/",
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
    body: OpportunityExportCreate,
    x_tz_offset: str | Unset = UNSET,
) -> Response[Export]:
    """Export opportunities by opportunity filters

     Starts an export of the opportunities matching `params` (the filters of the opportunity list,
    e.g. `status_id`, `user_id__in`). The gzip-compressed file is linked by email and in
    `download_url` when done.

    Args:
        x_tz_offset (str | Unset):
        body (OpportunityExportCreate): An export of the opportunities matching opportunity
            filters.

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
        operation="POST /export/opportunity/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityExportCreate,
    x_tz_offset: str | Unset = UNSET,
) -> Export | None:
    """Export opportunities by opportunity filters

     Starts an export of the opportunities matching `params` (the filters of the opportunity list,
    e.g. `status_id`, `user_id__in`). The gzip-compressed file is linked by email and in
    `download_url` when done.

    Args:
        x_tz_offset (str | Unset):
        body (OpportunityExportCreate): An export of the opportunities matching opportunity
            filters.

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
