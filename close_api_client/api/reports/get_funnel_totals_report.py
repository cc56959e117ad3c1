from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.funnel_report_request import FunnelReportRequest
from ...models.funnel_totals_report import FunnelTotalsReport
from ...types import UNSET, Response, Unset, build_response

OPERATION = "POST /report/funnel/opportunity/totals/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: FunnelReportRequest,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(body, FunnelReportRequest):
        raise TypeError(
            f"body must be a FunnelReportRequest, got {type(body).__name__}"
            " (build one with FunnelReportRequest(...) or FunnelReportRequest.from_dict(...))"
        )
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/report/funnel/opportunity/totals/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/report/funnel/opportunity/totals/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FunnelTotalsReport:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = FunnelTotalsReport.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunnelReportRequest,
    x_tz_offset: str | Unset = UNSET,
) -> Response[FunnelTotalsReport]:
    """Get an opportunity funnel report (totals)

     Whole-funnel totals of a pipeline (won and completed counts and values, win rates, time to win,
    sales velocity), in total and per user. Takes the same body as the stages report.

    Args:
        x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
            `5.75`). Close uses it for
            relative dates in queries (`created:today`), date filters, reports and defaults such
            as an opportunity's `date_won`.
        body (FunnelReportRequest): The funnel report to compute. `created-cohort` needs
            `cohort_relative_range` or
            `cohort_datetime_range` (ignored for `active-stage-cohort`). Only one `compared_*` field,
            and
            then the comparison period is reported instead of the base one.

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
        Response[FunnelTotalsReport]: status, headers, raw content and ``parsed``.
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
    body: FunnelReportRequest,
    x_tz_offset: str | Unset = UNSET,
) -> FunnelTotalsReport:
    """Get an opportunity funnel report (totals)

     Whole-funnel totals of a pipeline (won and completed counts and values, win rates, time to win,
    sales velocity), in total and per user. Takes the same body as the stages report.

    Args:
        x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
            `5.75`). Close uses it for
            relative dates in queries (`created:today`), date filters, reports and defaults such
            as an opportunity's `date_won`.
        body (FunnelReportRequest): The funnel report to compute. `created-cohort` needs
            `cohort_relative_range` or
            `cohort_datetime_range` (ignored for `active-stage-cohort`). Only one `compared_*` field,
            and
            then the comparison period is reported instead of the base one.

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
        FunnelTotalsReport
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
