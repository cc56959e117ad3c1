from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_report_metrics import ActivityReportMetrics
from ...types import UNSET, Response, Unset, build_response

OPERATION = "GET /report/activity/metrics/"
"""Method and path template, as in openapi.yaml."""


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
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/report/activity/metrics/"},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityReportMetrics:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = ActivityReportMetrics.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_tz_offset: str | Unset = UNSET,
) -> Response[ActivityReportMetrics]:
    """List the activity report metrics

     Returns every predefined metric (key, name, description) that the activity report accepts.

    Args:
        x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
            `5.75`). Close uses it for
            relative dates in queries (`created:today`), date filters, reports and defaults such
            as an opportunity's `date_won`.

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
        Response[ActivityReportMetrics]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
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
    x_tz_offset: str | Unset = UNSET,
) -> ActivityReportMetrics:
    """List the activity report metrics

     Returns every predefined metric (key, name, description) that the activity report accepts.

    Args:
        x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
            `5.75`). Close uses it for
            relative dates in queries (`created:today`), date filters, reports and defaults such
            as an opportunity's `date_won`.

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
        ActivityReportMetrics
    """

    return (
        await asyncio_detailed(
            client=client,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
