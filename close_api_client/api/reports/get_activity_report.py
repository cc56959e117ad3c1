from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_report import ActivityReport
from ...models.activity_report_request import ActivityReportRequest
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    body: ActivityReportRequest,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/report/activity/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityReport | None:
    if response.status_code == 200:
        response_200 = ActivityReport.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ActivityReportRequest,
    x_tz_offset: str | Unset = UNSET,
) -> Response[ActivityReport]:
    """Get an activity report

     Computes the given activity metrics (see `list_activity_report_metrics`) either per time period
    (`overview`) or per user (`comparison`), over an absolute or relative time range, optionally
    limited to users and a Smart View. Relative ranges follow `x-tz-offset`.

    Args:
        x_tz_offset (str | Unset):
        body (ActivityReportRequest): The activity report to compute; give `datetime_range` or
            `relative_range`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityReport]
    """

    kwargs = _get_kwargs(
        body=body,
        x_tz_offset=x_tz_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /report/activity/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ActivityReportRequest,
    x_tz_offset: str | Unset = UNSET,
) -> ActivityReport | None:
    """Get an activity report

     Computes the given activity metrics (see `list_activity_report_metrics`) either per time period
    (`overview`) or per user (`comparison`), over an absolute or relative time range, optionally
    limited to users and a Smart View. Relative ranges follow `x-tz-offset`.

    Args:
        x_tz_offset (str | Unset):
        body (ActivityReportRequest): The activity report to compute; give `datetime_range` or
            `relative_range`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityReport
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
