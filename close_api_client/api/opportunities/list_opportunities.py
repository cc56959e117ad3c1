import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunity_list import OpportunityList
from ...models.opportunity_status_type import OpportunityStatusType
from ...models.opportunity_value_period import OpportunityValuePeriod
from ...types import UNSET, Response, Unset, build_response

OPERATION = "GET /opportunity/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    status_id: str | Unset = UNSET,
    status_id_in: str | Unset = UNSET,
    status_label: str | Unset = UNSET,
    status_label_in: str | Unset = UNSET,
    status_type: OpportunityStatusType | Unset = UNSET,
    status_type_in: str | Unset = UNSET,
    value_period: OpportunityValuePeriod | Unset = UNSET,
    value_period_in: str | Unset = UNSET,
    date_created_gt: datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.datetime | Unset = UNSET,
    date_won_gt: datetime.date | Unset = UNSET,
    date_won_gte: datetime.date | Unset = UNSET,
    date_won_lt: datetime.date | Unset = UNSET,
    date_won_lte: datetime.date | Unset = UNSET,
    query: str | Unset = UNSET,
    lead_saved_search_id: str | Unset = UNSET,
    lead_query: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: str | Unset = UNSET,
    date_won: str | Unset = UNSET,
    date_created: str | Unset = UNSET,
    date_updated: str | Unset = UNSET,
    is_stalled: bool | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    params: dict[str, Any] = {}

    params["lead_id"] = lead_id

    params["user_id"] = user_id

    params["user_id__in"] = user_id_in

    params["status_id"] = status_id

    params["status_id__in"] = status_id_in

    params["status_label"] = status_label

    params["status_label__in"] = status_label_in

    json_status_type: str | Unset = UNSET
    if not isinstance(status_type, Unset):
        json_status_type = status_type.value

    params["status_type"] = json_status_type

    params["status_type__in"] = status_type_in

    json_value_period: str | Unset = UNSET
    if not isinstance(value_period, Unset):
        json_value_period = value_period.value

    params["value_period"] = json_value_period

    params["value_period__in"] = value_period_in

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

    json_date_updated_gt: str | Unset = UNSET
    if not isinstance(date_updated_gt, Unset):
        json_date_updated_gt = date_updated_gt.isoformat()
    params["date_updated__gt"] = json_date_updated_gt

    json_date_updated_gte: str | Unset = UNSET
    if not isinstance(date_updated_gte, Unset):
        json_date_updated_gte = date_updated_gte.isoformat()
    params["date_updated__gte"] = json_date_updated_gte

    json_date_updated_lt: str | Unset = UNSET
    if not isinstance(date_updated_lt, Unset):
        json_date_updated_lt = date_updated_lt.isoformat()
    params["date_updated__lt"] = json_date_updated_lt

    json_date_updated_lte: str | Unset = UNSET
    if not isinstance(date_updated_lte, Unset):
        json_date_updated_lte = date_updated_lte.isoformat()
    params["date_updated__lte"] = json_date_updated_lte

    json_date_won_gt: str | Unset = UNSET
    if not isinstance(date_won_gt, Unset):
        json_date_won_gt = date_won_gt.isoformat()
    params["date_won__gt"] = json_date_won_gt

    json_date_won_gte: str | Unset = UNSET
    if not isinstance(date_won_gte, Unset):
        json_date_won_gte = date_won_gte.isoformat()
    params["date_won__gte"] = json_date_won_gte

    json_date_won_lt: str | Unset = UNSET
    if not isinstance(date_won_lt, Unset):
        json_date_won_lt = date_won_lt.isoformat()
    params["date_won__lt"] = json_date_won_lt

    json_date_won_lte: str | Unset = UNSET
    if not isinstance(date_won_lte, Unset):
        json_date_won_lte = date_won_lte.isoformat()
    params["date_won__lte"] = json_date_won_lte

    params["query"] = query

    params["lead_saved_search_id"] = lead_saved_search_id

    params["lead_query"] = lead_query

    params["_order_by"] = order_by

    params["_group_by"] = group_by

    params["_skip"] = skip

    params["_limit"] = limit

    params["_fields"] = fields

    params["organization_id"] = organization_id

    params["status"] = status

    params["status__in"] = status_in

    params["date_won"] = date_won

    params["date_created"] = date_created

    params["date_updated"] = date_updated

    params["is_stalled"] = is_stalled

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/opportunity/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/opportunity/"},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpportunityList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = OpportunityList.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    status_id: str | Unset = UNSET,
    status_id_in: str | Unset = UNSET,
    status_label: str | Unset = UNSET,
    status_label_in: str | Unset = UNSET,
    status_type: OpportunityStatusType | Unset = UNSET,
    status_type_in: str | Unset = UNSET,
    value_period: OpportunityValuePeriod | Unset = UNSET,
    value_period_in: str | Unset = UNSET,
    date_created_gt: datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.datetime | Unset = UNSET,
    date_won_gt: datetime.date | Unset = UNSET,
    date_won_gte: datetime.date | Unset = UNSET,
    date_won_lt: datetime.date | Unset = UNSET,
    date_won_lte: datetime.date | Unset = UNSET,
    query: str | Unset = UNSET,
    lead_saved_search_id: str | Unset = UNSET,
    lead_query: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: str | Unset = UNSET,
    date_won: str | Unset = UNSET,
    date_created: str | Unset = UNSET,
    date_updated: str | Unset = UNSET,
    is_stalled: bool | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> Response[OpportunityList]:
    """List or filter opportunities

     Lists opportunities with aggregates over all matches (`total_results`, counts and value
    sums per value period), regardless of paging. `query` filters on opportunity properties
    only; `_group_by` turns `data` into groups (`key`, `objects`, per-group aggregates),
    paging still counting opportunities. Date filters and relative dates follow `x-tz-offset`.

    Args:
        lead_id (str | Unset): Only objects belonging to this lead.
        user_id (str | Unset): Only objects belonging to this user.
        user_id_in (str | Unset): Only opportunities of any of these users (comma-separated ids).
        status_id (str | Unset): Only opportunities in this status.
        status_id_in (str | Unset): Only opportunities in any of these statuses (comma-separated
            ids).
        status_label (str | Unset): Only opportunities whose status has this label.
        status_label_in (str | Unset): Only opportunities whose status has any of these labels
            (comma-separated).
        status_type (OpportunityStatusType | Unset): The kind of an opportunity status.
        status_type_in (str | Unset): Only opportunities whose status is of any of these types,
            e.g. `active,won`.
        value_period (OpportunityValuePeriod | Unset): How often an opportunity's value recurs.
        value_period_in (str | Unset): Only opportunities with any of these value periods, e.g.
            `monthly,annual`.
        date_created_gt (datetime.datetime | Unset): Only objects created after this time.
        date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
        date_created_lt (datetime.datetime | Unset): Only objects created before this time.
        date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
        date_updated_gt (datetime.datetime | Unset): Only objects updated after this time.
        date_updated_gte (datetime.datetime | Unset): Only objects updated at or after this time.
        date_updated_lt (datetime.datetime | Unset): Only objects updated before this time.
        date_updated_lte (datetime.datetime | Unset): Only objects updated at or before this time.
        date_won_gt (datetime.date | Unset): Only opportunities won after this date.
        date_won_gte (datetime.date | Unset): Only opportunities won on or after this date.
        date_won_lt (datetime.date | Unset): Only opportunities won before this date.
        date_won_lte (datetime.date | Unset): Only opportunities won on or before this date.
        query (str | Unset): A search query in Close's search syntax (as in the app's search box).
        lead_saved_search_id (str | Unset): Only opportunities of leads matching this Smart View
            (saved search id).
        lead_query (str | Unset): Only opportunities of leads matching this lead search query; use
            `lead_saved_search_id` instead.
        order_by (str | Unset): Sort order: `date_won`, `date_updated`, `date_created`,
            `confidence`, `user_name`,
            `value`, `annualized_value` or `annualized_expected_value`; a leading `-` sorts
            descending (`-date_won`). With `_group_by` it sorts within each group.
        group_by (str | Unset): Group the results by `user_id`, `date_won__week`,
            `date_won__month`,
            `date_won__quarter` or `date_won__year`; a leading `-` reverses the group order.
        skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
            maximum; beyond it Close answers 400.
        limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        organization_id (str | Unset): Only opportunities of this organization.
        status (str | Unset): Only opportunities whose status has this label.
        status_in (str | Unset): Only opportunities whose status has any of these labels (comma-
            separated).
        date_won (str | Unset): Only opportunities won on this date (`YYYY-MM-DD`).
        date_created (str | Unset): Only opportunities created at this time.
        date_updated (str | Unset): Only opportunities last updated at this time.
        is_stalled (bool | Unset): Only stalled (`true`) or not stalled (`false`) opportunities.
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
        Response[OpportunityList]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        lead_id=lead_id,
        user_id=user_id,
        user_id_in=user_id_in,
        status_id=status_id,
        status_id_in=status_id_in,
        status_label=status_label,
        status_label_in=status_label_in,
        status_type=status_type,
        status_type_in=status_type_in,
        value_period=value_period,
        value_period_in=value_period_in,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        date_updated_gt=date_updated_gt,
        date_updated_gte=date_updated_gte,
        date_updated_lt=date_updated_lt,
        date_updated_lte=date_updated_lte,
        date_won_gt=date_won_gt,
        date_won_gte=date_won_gte,
        date_won_lt=date_won_lt,
        date_won_lte=date_won_lte,
        query=query,
        lead_saved_search_id=lead_saved_search_id,
        lead_query=lead_query,
        order_by=order_by,
        group_by=group_by,
        skip=skip,
        limit=limit,
        fields=fields,
        organization_id=organization_id,
        status=status,
        status_in=status_in,
        date_won=date_won,
        date_created=date_created,
        date_updated=date_updated,
        is_stalled=is_stalled,
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
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    status_id: str | Unset = UNSET,
    status_id_in: str | Unset = UNSET,
    status_label: str | Unset = UNSET,
    status_label_in: str | Unset = UNSET,
    status_type: OpportunityStatusType | Unset = UNSET,
    status_type_in: str | Unset = UNSET,
    value_period: OpportunityValuePeriod | Unset = UNSET,
    value_period_in: str | Unset = UNSET,
    date_created_gt: datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.datetime | Unset = UNSET,
    date_won_gt: datetime.date | Unset = UNSET,
    date_won_gte: datetime.date | Unset = UNSET,
    date_won_lt: datetime.date | Unset = UNSET,
    date_won_lte: datetime.date | Unset = UNSET,
    query: str | Unset = UNSET,
    lead_saved_search_id: str | Unset = UNSET,
    lead_query: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: str | Unset = UNSET,
    date_won: str | Unset = UNSET,
    date_created: str | Unset = UNSET,
    date_updated: str | Unset = UNSET,
    is_stalled: bool | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> OpportunityList:
    """List or filter opportunities

     Lists opportunities with aggregates over all matches (`total_results`, counts and value
    sums per value period), regardless of paging. `query` filters on opportunity properties
    only; `_group_by` turns `data` into groups (`key`, `objects`, per-group aggregates),
    paging still counting opportunities. Date filters and relative dates follow `x-tz-offset`.

    Args:
        lead_id (str | Unset): Only objects belonging to this lead.
        user_id (str | Unset): Only objects belonging to this user.
        user_id_in (str | Unset): Only opportunities of any of these users (comma-separated ids).
        status_id (str | Unset): Only opportunities in this status.
        status_id_in (str | Unset): Only opportunities in any of these statuses (comma-separated
            ids).
        status_label (str | Unset): Only opportunities whose status has this label.
        status_label_in (str | Unset): Only opportunities whose status has any of these labels
            (comma-separated).
        status_type (OpportunityStatusType | Unset): The kind of an opportunity status.
        status_type_in (str | Unset): Only opportunities whose status is of any of these types,
            e.g. `active,won`.
        value_period (OpportunityValuePeriod | Unset): How often an opportunity's value recurs.
        value_period_in (str | Unset): Only opportunities with any of these value periods, e.g.
            `monthly,annual`.
        date_created_gt (datetime.datetime | Unset): Only objects created after this time.
        date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
        date_created_lt (datetime.datetime | Unset): Only objects created before this time.
        date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
        date_updated_gt (datetime.datetime | Unset): Only objects updated after this time.
        date_updated_gte (datetime.datetime | Unset): Only objects updated at or after this time.
        date_updated_lt (datetime.datetime | Unset): Only objects updated before this time.
        date_updated_lte (datetime.datetime | Unset): Only objects updated at or before this time.
        date_won_gt (datetime.date | Unset): Only opportunities won after this date.
        date_won_gte (datetime.date | Unset): Only opportunities won on or after this date.
        date_won_lt (datetime.date | Unset): Only opportunities won before this date.
        date_won_lte (datetime.date | Unset): Only opportunities won on or before this date.
        query (str | Unset): A search query in Close's search syntax (as in the app's search box).
        lead_saved_search_id (str | Unset): Only opportunities of leads matching this Smart View
            (saved search id).
        lead_query (str | Unset): Only opportunities of leads matching this lead search query; use
            `lead_saved_search_id` instead.
        order_by (str | Unset): Sort order: `date_won`, `date_updated`, `date_created`,
            `confidence`, `user_name`,
            `value`, `annualized_value` or `annualized_expected_value`; a leading `-` sorts
            descending (`-date_won`). With `_group_by` it sorts within each group.
        group_by (str | Unset): Group the results by `user_id`, `date_won__week`,
            `date_won__month`,
            `date_won__quarter` or `date_won__year`; a leading `-` reverses the group order.
        skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
            maximum; beyond it Close answers 400.
        limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        organization_id (str | Unset): Only opportunities of this organization.
        status (str | Unset): Only opportunities whose status has this label.
        status_in (str | Unset): Only opportunities whose status has any of these labels (comma-
            separated).
        date_won (str | Unset): Only opportunities won on this date (`YYYY-MM-DD`).
        date_created (str | Unset): Only opportunities created at this time.
        date_updated (str | Unset): Only opportunities last updated at this time.
        is_stalled (bool | Unset): Only stalled (`true`) or not stalled (`false`) opportunities.
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
        OpportunityList
    """

    return (
        await asyncio_detailed(
            client=client,
            lead_id=lead_id,
            user_id=user_id,
            user_id_in=user_id_in,
            status_id=status_id,
            status_id_in=status_id_in,
            status_label=status_label,
            status_label_in=status_label_in,
            status_type=status_type,
            status_type_in=status_type_in,
            value_period=value_period,
            value_period_in=value_period_in,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            date_updated_gt=date_updated_gt,
            date_updated_gte=date_updated_gte,
            date_updated_lt=date_updated_lt,
            date_updated_lte=date_updated_lte,
            date_won_gt=date_won_gt,
            date_won_gte=date_won_gte,
            date_won_lt=date_won_lt,
            date_won_lte=date_won_lte,
            query=query,
            lead_saved_search_id=lead_saved_search_id,
            lead_query=lead_query,
            order_by=order_by,
            group_by=group_by,
            skip=skip,
            limit=limit,
            fields=fields,
            organization_id=organization_id,
            status=status,
            status_in=status_in,
            date_won=date_won,
            date_created=date_created,
            date_updated=date_updated,
            is_stalled=is_stalled,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
