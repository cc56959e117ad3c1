import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_report import CustomReport
from ...models.custom_report_interval import CustomReportInterval
from ...models.custom_report_transform_y import CustomReportTransformY
from ...types import UNSET, Response, Unset, build_response, path_segment

OPERATION = "GET /report/custom/{org_id}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    org_id: str,
    *,
    x: str,
    y: str | Unset = UNSET,
    interval: CustomReportInterval | int | Unset = UNSET,
    transform_y: CustomReportTransformY | Unset = UNSET,
    group_by: str | Unset = UNSET,
    start: datetime.date | int | Unset = UNSET,
    end: datetime.date | int | Unset = UNSET,
    query: str | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    params: dict[str, Any] = {}

    params["x"] = x

    params["y"] = y

    json_interval: int | str | Unset
    if isinstance(interval, Unset):
        json_interval = UNSET
    elif isinstance(interval, CustomReportInterval):
        json_interval = interval.value
    else:
        json_interval = interval
    params["interval"] = json_interval

    json_transform_y: str | Unset = UNSET
    if not isinstance(transform_y, Unset):
        json_transform_y = transform_y.value

    params["transform_y"] = json_transform_y

    params["group_by"] = group_by

    json_start: int | str | Unset
    if isinstance(start, Unset):
        json_start = UNSET
    elif isinstance(start, datetime.date):
        json_start = start.isoformat()
    else:
        json_start = start
    params["start"] = json_start

    json_end: int | str | Unset
    if isinstance(end, Unset):
        json_end = UNSET
    elif isinstance(end, datetime.date):
        json_end = end.isoformat()
    else:
        json_end = end
    params["end"] = json_end

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/report/custom/{org_id}/".format(
            org_id=path_segment("org_id", org_id),
        ),
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/report/custom/{org_id}/"},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomReport:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = CustomReport.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    x: str,
    y: str | Unset = UNSET,
    interval: CustomReportInterval | int | Unset = UNSET,
    transform_y: CustomReportTransformY | Unset = UNSET,
    group_by: str | Unset = UNSET,
    start: datetime.date | int | Unset = UNSET,
    end: datetime.date | int | Unset = UNSET,
    query: str | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> Response[CustomReport]:
    """Get a custom (Explorer) report

     Graph data for any metric of leads, activities or opportunities, as in the Explorer: `y` (a
    count or numeric field, aggregated by `transform_y`) against `x` (a date or numeric field) in
    `interval` steps, optionally one series per `group_by` value. Dates follow `x-tz-offset`.

    Args:
        org_id (str): The organization's id (`orga_...`).
        x (str): The field on the X axis, `<object type>.<field>`, e.g. `opportunity.date_created`
            or `lead.custom.MRR`.
        y (str | Unset): The value on the Y axis: `<object type>.count` or a numeric field such as
            `call.duration` (default `lead.count`).
        interval (CustomReportInterval | int | Unset): The X axis precision. For date axes a unit
            (default `auto`, derived from `start` and `end`); for numeric axes the histogram bucket
            size as an integer.
        transform_y (CustomReportTransformY | Unset): The aggregation applied to `y`.
        group_by (str | Unset): A field to split the report by; one series per value. No grouping
            by default.
        start (datetime.date | int | Unset): Start of the X axis range, a date or a number
            (default for dates is the organization's creation date).
        end (datetime.date | int | Unset): End of the X axis range, a date or a number (default
            for dates is now).
        query (str | Unset): A search filter (default `*`, everything). Lead reports take any lead
            search; for activities or
            opportunities only properties of that object type, e.g. `direction:incoming` when `x`
            starts
            with `email.`.
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
        Response[CustomReport]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        x=x,
        y=y,
        interval=interval,
        transform_y=transform_y,
        group_by=group_by,
        start=start,
        end=end,
        query=query,
        x_tz_offset=x_tz_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation=OPERATION,
    )


async def asyncio(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    x: str,
    y: str | Unset = UNSET,
    interval: CustomReportInterval | int | Unset = UNSET,
    transform_y: CustomReportTransformY | Unset = UNSET,
    group_by: str | Unset = UNSET,
    start: datetime.date | int | Unset = UNSET,
    end: datetime.date | int | Unset = UNSET,
    query: str | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> CustomReport:
    """Get a custom (Explorer) report

     Graph data for any metric of leads, activities or opportunities, as in the Explorer: `y` (a
    count or numeric field, aggregated by `transform_y`) against `x` (a date or numeric field) in
    `interval` steps, optionally one series per `group_by` value. Dates follow `x-tz-offset`.

    Args:
        org_id (str): The organization's id (`orga_...`).
        x (str): The field on the X axis, `<object type>.<field>`, e.g. `opportunity.date_created`
            or `lead.custom.MRR`.
        y (str | Unset): The value on the Y axis: `<object type>.count` or a numeric field such as
            `call.duration` (default `lead.count`).
        interval (CustomReportInterval | int | Unset): The X axis precision. For date axes a unit
            (default `auto`, derived from `start` and `end`); for numeric axes the histogram bucket
            size as an integer.
        transform_y (CustomReportTransformY | Unset): The aggregation applied to `y`.
        group_by (str | Unset): A field to split the report by; one series per value. No grouping
            by default.
        start (datetime.date | int | Unset): Start of the X axis range, a date or a number
            (default for dates is the organization's creation date).
        end (datetime.date | int | Unset): End of the X axis range, a date or a number (default
            for dates is now).
        query (str | Unset): A search filter (default `*`, everything). Lead reports take any lead
            search; for activities or
            opportunities only properties of that object type, e.g. `direction:incoming` when `x`
            starts
            with `email.`.
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
        CustomReport
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
            x=x,
            y=y,
            interval=interval,
            transform_y=transform_y,
            group_by=group_by,
            start=start,
            end=end,
            query=query,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
