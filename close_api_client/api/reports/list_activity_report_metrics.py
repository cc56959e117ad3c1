from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_report_metrics import ActivityReportMetrics
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/report/activity/metrics/",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityReportMetrics | None:
    if response.status_code == 200:
        response_200 = ActivityReportMetrics.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_tz_offset: str | Unset = UNSET,
) -> Response[ActivityReportMetrics]:
    """List the activity report metrics

     Returns every predefined metric (key, name, description) that the activity report accepts.

    Args:
        x_tz_offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityReportMetrics]
    """

    kwargs = _get_kwargs(
        x_tz_offset=x_tz_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="GET /report/activity/metrics/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    x_tz_offset: str | Unset = UNSET,
) -> ActivityReportMetrics | None:
    """List the activity report metrics

     Returns every predefined metric (key, name, description) that the activity report accepts.

    Args:
        x_tz_offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityReportMetrics
    """

    return (
        await asyncio_detailed(
            client=client,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
