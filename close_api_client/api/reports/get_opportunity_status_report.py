import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunity_status_report import OpportunityStatusReport
from ...types import UNSET, Response, Unset, build_response, path_segment

OPERATION = "GET /report/statuses/opportunity/{org_id}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    org_id: str,
    *,
    user_id: str | Unset = UNSET,
    date_start: datetime.date | Unset = UNSET,
    date_end: datetime.date | Unset = UNSET,
    query: str | Unset = UNSET,
    smart_view_id: str | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    json_date_start: str | Unset = UNSET
    if not isinstance(date_start, Unset):
        json_date_start = date_start.isoformat()
    params["date_start"] = json_date_start

    json_date_end: str | Unset = UNSET
    if not isinstance(date_end, Unset):
        json_date_end = date_end.isoformat()
    params["date_end"] = json_date_end

    params["query"] = query

    params["smart_view_id"] = smart_view_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/report/statuses/opportunity/{org_id}/".format(
            org_id=path_segment("org_id", org_id),
        ),
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/report/statuses/opportunity/{org_id}/"},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpportunityStatusReport:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = OpportunityStatusReport.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    date_start: datetime.date | Unset = UNSET,
    date_end: datetime.date | Unset = UNSET,
    query: str | Unset = UNSET,
    smart_view_id: str | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> Response[OpportunityStatusReport]:
    """Get the opportunity status change report

     The lead status report for opportunities: numbers count opportunities, `user_id` limits it to
    one opportunity user, queries are wrapped in `opportunity(...)`, and paths to the opportunities
    page are added. Filter with `query` or `smart_view_id`, not both.

    Args:
        org_id (str): The organization's id (`orga_...`).
        user_id (str | Unset): Only objects belonging to this user.
        date_start (datetime.date | Unset): Start of the report period (a date, interpreted in the
            `x-tz-offset` time zone).
        date_end (datetime.date | Unset): End of the report period (a date, interpreted in the
            `x-tz-offset` time zone).
        query (str | Unset): A search query in Close's search syntax (as in the app's search box).
        smart_view_id (str | Unset): Only objects in this Smart View (`save_...`); not together
            with `query`.
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
        Response[OpportunityStatusReport]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        user_id=user_id,
        date_start=date_start,
        date_end=date_end,
        query=query,
        smart_view_id=smart_view_id,
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
    user_id: str | Unset = UNSET,
    date_start: datetime.date | Unset = UNSET,
    date_end: datetime.date | Unset = UNSET,
    query: str | Unset = UNSET,
    smart_view_id: str | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> OpportunityStatusReport:
    """Get the opportunity status change report

     The lead status report for opportunities: numbers count opportunities, `user_id` limits it to
    one opportunity user, queries are wrapped in `opportunity(...)`, and paths to the opportunities
    page are added. Filter with `query` or `smart_view_id`, not both.

    Args:
        org_id (str): The organization's id (`orga_...`).
        user_id (str | Unset): Only objects belonging to this user.
        date_start (datetime.date | Unset): Start of the report period (a date, interpreted in the
            `x-tz-offset` time zone).
        date_end (datetime.date | Unset): End of the report period (a date, interpreted in the
            `x-tz-offset` time zone).
        query (str | Unset): A search query in Close's search syntax (as in the app's search box).
        smart_view_id (str | Unset): Only objects in this Smart View (`save_...`); not together
            with `query`.
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
        OpportunityStatusReport
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
            user_id=user_id,
            date_start=date_start,
            date_end=date_end,
            query=query,
            smart_view_id=smart_view_id,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
