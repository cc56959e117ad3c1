from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_report import ActivityReport
from ...models.activity_report_request import ActivityReportRequest
from ...types import UNSET, Response, Unset, build_response

OPERATION = "POST /report/activity/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: ActivityReportRequest,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(body, ActivityReportRequest):
        raise TypeError(
            f"body must be a ActivityReportRequest, got {type(body).__name__}"
            " (build one with ActivityReportRequest(...) or ActivityReportRequest.from_dict(...))"
        )
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/report/activity/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/report/activity/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityReport:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = ActivityReport.from_dict(response.json())

    return response_200


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
        x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
            `5.75`). Close uses it for
            relative dates in queries (`created:today`), date filters, reports and defaults such
            as an opportunity's `date_won`.
        body (ActivityReportRequest): The activity report to compute; give `datetime_range` or
            `relative_range`.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        Response[ActivityReport]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
        x_tz_offset=x_tz_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation=OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ActivityReportRequest,
    x_tz_offset: str | Unset = UNSET,
) -> ActivityReport:
    """Get an activity report

     Computes the given activity metrics (see `list_activity_report_metrics`) either per time period
    (`overview`) or per user (`comparison`), over an absolute or relative time range, optionally
    limited to users and a Smart View. Relative ranges follow `x-tz-offset`.

    Args:
        x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
            `5.75`). Close uses it for
            relative dates in queries (`created:today`), date filters, reports and defaults such
            as an opportunity's `date_won`.
        body (ActivityReportRequest): The activity report to compute; give `datetime_range` or
            `relative_range`.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

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
