import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lead_list import LeadList
from ...types import UNSET, Response, Unset, build_response

OPERATION = "GET /lead/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    date_created_gt: datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.datetime | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    params: dict[str, Any] = {}

    params["query"] = query

    params["_skip"] = skip

    params["_limit"] = limit

    params["_fields"] = fields

    params["_order_by"] = order_by

    json_date_created_gt: str | Unset = UNSET
    if not isinstance(date_created_gt, Unset):
        json_date_created_gt = date_created_gt.isoformat()
    params["date_created__gt"] = json_date_created_gt

    json_date_created_gte: str | Unset = UNSET
    if not isinstance(date_created_gte, Unset):
        json_date_created_gte = date_created_gte.isoformat()
    params["date_created__gte"] = json_date_created_gte

    json_date_created_lt: str | Unset = UNSET
    if not isinstance(date_created_lt, Unset):
        json_date_created_lt = date_created_lt.isoformat()
    params["date_created__lt"] = json_date_created_lt

    json_date_created_lte: str | Unset = UNSET
    if not isinstance(date_created_lte, Unset):
        json_date_created_lte = date_created_lte.isoformat()
    params["date_created__lte"] = json_date_created_lte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lead/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/lead/"},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LeadList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = LeadList.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    date_created_gt: datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.datetime | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> Response[LeadList]:
    """List or search leads

     Lists leads page by page (`_skip`/`_limit`). `query` takes the same search syntax as
    the search box in Close, including `sort:`; relative dates in it (`created:today`)
    follow `x-tz-offset`.

    Args:
        query (str | Unset): A search query in Close's search syntax (as in the app's search box).
        skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
            maximum; beyond it Close answers 400.
        limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        order_by (str | Unset): Field to sort by; prefix with `-` for descending order, e.g.
            `-date_created`.
        date_created_gt (datetime.datetime | Unset): Only objects created after this time.
        date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
        date_created_lt (datetime.datetime | Unset): Only objects created before this time.
        date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
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
        Response[LeadList]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        query=query,
        skip=skip,
        limit=limit,
        fields=fields,
        order_by=order_by,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
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
    query: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    date_created_gt: datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.datetime | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> LeadList:
    """List or search leads

     Lists leads page by page (`_skip`/`_limit`). `query` takes the same search syntax as
    the search box in Close, including `sort:`; relative dates in it (`created:today`)
    follow `x-tz-offset`.

    Args:
        query (str | Unset): A search query in Close's search syntax (as in the app's search box).
        skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
            maximum; beyond it Close answers 400.
        limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        order_by (str | Unset): Field to sort by; prefix with `-` for descending order, e.g.
            `-date_created`.
        date_created_gt (datetime.datetime | Unset): Only objects created after this time.
        date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
        date_created_lt (datetime.datetime | Unset): Only objects created before this time.
        date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
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
        LeadList
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            skip=skip,
            limit=limit,
            fields=fields,
            order_by=order_by,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
