import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_list import ActivityList
from ...models.thread_emails_mode import ThreadEmailsMode
from ...types import UNSET, Response, Unset, build_response

OPERATION = "GET /activity/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    lead_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    contact_id_in: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_in: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    date_created_gt: datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.datetime | Unset = UNSET,
    activity_at_gt: datetime.datetime | Unset = UNSET,
    activity_at_gte: datetime.datetime | Unset = UNSET,
    activity_at_lt: datetime.datetime | Unset = UNSET,
    activity_at_lte: datetime.datetime | Unset = UNSET,
    thread_emails: ThreadEmailsMode | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id_in: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["lead_id"] = lead_id

    params["contact_id"] = contact_id

    params["contact_id__in"] = contact_id_in

    params["user_id"] = user_id

    params["user_id__in"] = user_id_in

    params["_type"] = type_

    params["_type__in"] = type_in

    params["id__in"] = id_in

    params["organization_id"] = organization_id

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

    json_activity_at_gt: str | Unset = UNSET
    if not isinstance(activity_at_gt, Unset):
        json_activity_at_gt = activity_at_gt.isoformat()
    params["activity_at__gt"] = json_activity_at_gt

    json_activity_at_gte: str | Unset = UNSET
    if not isinstance(activity_at_gte, Unset):
        json_activity_at_gte = activity_at_gte.isoformat()
    params["activity_at__gte"] = json_activity_at_gte

    json_activity_at_lt: str | Unset = UNSET
    if not isinstance(activity_at_lt, Unset):
        json_activity_at_lt = activity_at_lt.isoformat()
    params["activity_at__lt"] = json_activity_at_lt

    json_activity_at_lte: str | Unset = UNSET
    if not isinstance(activity_at_lte, Unset):
        json_activity_at_lte = activity_at_lte.isoformat()
    params["activity_at__lte"] = json_activity_at_lte

    json_thread_emails: str | Unset = UNSET
    if not isinstance(thread_emails, Unset):
        json_thread_emails = thread_emails.value

    params["thread_emails"] = json_thread_emails

    params["_skip"] = skip

    params["_limit"] = limit

    params["_fields"] = fields

    params["lead_id__in"] = lead_id_in

    params["_order_by"] = order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/activity/"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = ActivityList.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lead_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    contact_id_in: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_in: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    date_created_gt: datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.datetime | Unset = UNSET,
    activity_at_gt: datetime.datetime | Unset = UNSET,
    activity_at_gte: datetime.datetime | Unset = UNSET,
    activity_at_lt: datetime.datetime | Unset = UNSET,
    activity_at_lte: datetime.datetime | Unset = UNSET,
    thread_emails: ThreadEmailsMode | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id_in: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> Response[ActivityList]:
    """List activities of every type

     Lists activities of all types as one mixed list: each item is parsed by its `_type` (an unknown type
    is kept as `UnknownActivity`). The `user_id`, `contact_id` and `_type` filters (and their `__in`
    forms) work only together with `lead_id`. `thread_emails` switches between Email and EmailThread
    items.

    Args:
        lead_id (str | Unset): Only objects belonging to this lead.
        contact_id (str | Unset): Only activities of this contact (on the generic list: only
            together with `lead_id`).
        contact_id_in (str | Unset): Only activities of these contacts (comma-separated ids; on
            the generic list: only with `lead_id`).
        user_id (str | Unset): Only objects belonging to this user.
        user_id_in (str | Unset): Only activities of these users (comma-separated ids; on the
            generic list: only with `lead_id`).
        type_ (str | Unset): Only activities of this type, e.g. `Call`; for custom activities a
            Custom Activity Type id (`actitype_...`) or `Custom` for any custom type.
        type_in (str | Unset): Only activities of these types (comma-separated; on the generic
            list: only with `lead_id`).
        id_in (str | Unset): Only these activities (comma-separated ids).
        organization_id (str | Unset): Only activities of this organization.
        date_created_gt (datetime.datetime | Unset): Only objects created after this time.
        date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
        date_created_lt (datetime.datetime | Unset): Only objects created before this time.
        date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
        activity_at_gt (datetime.datetime | Unset): Only activities that happened after this time.
        activity_at_gte (datetime.datetime | Unset): Only activities that happened at or after
            this time.
        activity_at_lt (datetime.datetime | Unset): Only activities that happened before this
            time.
        activity_at_lte (datetime.datetime | Unset): Only activities that happened at or before
            this time.
        thread_emails (ThreadEmailsMode | Unset): How `GET /activity/` returns emails
            (`thread_emails`).
        skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
            maximum; beyond it Close answers 400.
        limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        lead_id_in (str | Unset): Only activities of any of these leads (comma-separated).
        order_by (str | Unset): Field to sort by; prefix with `-` for descending order, e.g.
            `-date_created`.

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
        Response[ActivityList]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        lead_id=lead_id,
        contact_id=contact_id,
        contact_id_in=contact_id_in,
        user_id=user_id,
        user_id_in=user_id_in,
        type_=type_,
        type_in=type_in,
        id_in=id_in,
        organization_id=organization_id,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        activity_at_gt=activity_at_gt,
        activity_at_gte=activity_at_gte,
        activity_at_lt=activity_at_lt,
        activity_at_lte=activity_at_lte,
        thread_emails=thread_emails,
        skip=skip,
        limit=limit,
        fields=fields,
        lead_id_in=lead_id_in,
        order_by=order_by,
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
    contact_id: str | Unset = UNSET,
    contact_id_in: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_id_in: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_in: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    date_created_gt: datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.datetime | Unset = UNSET,
    activity_at_gt: datetime.datetime | Unset = UNSET,
    activity_at_gte: datetime.datetime | Unset = UNSET,
    activity_at_lt: datetime.datetime | Unset = UNSET,
    activity_at_lte: datetime.datetime | Unset = UNSET,
    thread_emails: ThreadEmailsMode | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id_in: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
) -> ActivityList:
    """List activities of every type

     Lists activities of all types as one mixed list: each item is parsed by its `_type` (an unknown type
    is kept as `UnknownActivity`). The `user_id`, `contact_id` and `_type` filters (and their `__in`
    forms) work only together with `lead_id`. `thread_emails` switches between Email and EmailThread
    items.

    Args:
        lead_id (str | Unset): Only objects belonging to this lead.
        contact_id (str | Unset): Only activities of this contact (on the generic list: only
            together with `lead_id`).
        contact_id_in (str | Unset): Only activities of these contacts (comma-separated ids; on
            the generic list: only with `lead_id`).
        user_id (str | Unset): Only objects belonging to this user.
        user_id_in (str | Unset): Only activities of these users (comma-separated ids; on the
            generic list: only with `lead_id`).
        type_ (str | Unset): Only activities of this type, e.g. `Call`; for custom activities a
            Custom Activity Type id (`actitype_...`) or `Custom` for any custom type.
        type_in (str | Unset): Only activities of these types (comma-separated; on the generic
            list: only with `lead_id`).
        id_in (str | Unset): Only these activities (comma-separated ids).
        organization_id (str | Unset): Only activities of this organization.
        date_created_gt (datetime.datetime | Unset): Only objects created after this time.
        date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
        date_created_lt (datetime.datetime | Unset): Only objects created before this time.
        date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
        activity_at_gt (datetime.datetime | Unset): Only activities that happened after this time.
        activity_at_gte (datetime.datetime | Unset): Only activities that happened at or after
            this time.
        activity_at_lt (datetime.datetime | Unset): Only activities that happened before this
            time.
        activity_at_lte (datetime.datetime | Unset): Only activities that happened at or before
            this time.
        thread_emails (ThreadEmailsMode | Unset): How `GET /activity/` returns emails
            (`thread_emails`).
        skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
            maximum; beyond it Close answers 400.
        limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        lead_id_in (str | Unset): Only activities of any of these leads (comma-separated).
        order_by (str | Unset): Field to sort by; prefix with `-` for descending order, e.g.
            `-date_created`.

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
        ActivityList
    """

    return (
        await asyncio_detailed(
            client=client,
            lead_id=lead_id,
            contact_id=contact_id,
            contact_id_in=contact_id_in,
            user_id=user_id,
            user_id_in=user_id_in,
            type_=type_,
            type_in=type_in,
            id_in=id_in,
            organization_id=organization_id,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            activity_at_gt=activity_at_gt,
            activity_at_gte=activity_at_gte,
            activity_at_lt=activity_at_lt,
            activity_at_lte=activity_at_lte,
            thread_emails=thread_emails,
            skip=skip,
            limit=limit,
            fields=fields,
            lead_id_in=lead_id_in,
            order_by=order_by,
        )
    ).parsed
