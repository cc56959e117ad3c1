import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_action import EventAction
from ...models.event_list import EventList
from ...types import UNSET, Response, Unset, build_response

OPERATION = "GET /event/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    object_type: str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    action: EventAction | Unset = UNSET,
    date_updated_gt: datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_cursor"] = cursor

    params["_limit"] = limit

    params["object_type"] = object_type

    params["object_id"] = object_id

    params["lead_id"] = lead_id

    params["user_id"] = user_id

    params["request_id"] = request_id

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = action.value

    params["action"] = json_action

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/event/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/event/"},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EventList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = EventList.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    object_type: str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    action: EventAction | Unset = UNSET,
    date_updated_gt: datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.datetime | Unset = UNSET,
) -> Response[EventList]:
    """List events

     Lists events of the last 30 days, latest first, with a cursor: pass `cursor_next` (older)
    or `cursor_previous` (newer) as `_cursor` together with the same filters. `_limit` is
    capped at and defaults to 50; `_skip` is not supported. Only some filter combinations
    are allowed (e.g. `object_type` + `action`, `lead_id` + `user_id`, just `request_id`).

    Args:
        cursor (str | Unset): A `cursor_next` or `cursor_previous` value from a previous page.
        limit (int | Unset): Maximum number of events to return (at most and by default 50).
        object_type (str | Unset): Only events on objects of this type, e.g. `lead`,
            `activity.email`, `status_change.opportunity`.
        object_id (str | Unset): Only events on this object (not on related objects).
        lead_id (str | Unset): Only events on this lead and its contacts, activities,
            opportunities and tasks.
        user_id (str | Unset): Only objects belonging to this user.
        request_id (str | Unset): Only events emitted while processing this API request.
        action (EventAction | Unset): What happened to the object. Most events are `created`,
            `updated` or `deleted`; some
            object types have their own actions.
        date_updated_gt (datetime.datetime | Unset): Only objects updated after this time.
        date_updated_gte (datetime.datetime | Unset): Only objects updated at or after this time.
        date_updated_lt (datetime.datetime | Unset): Only objects updated before this time.
        date_updated_lte (datetime.datetime | Unset): Only objects updated at or before this time.

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
        Response[EventList]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        object_type=object_type,
        object_id=object_id,
        lead_id=lead_id,
        user_id=user_id,
        request_id=request_id,
        action=action,
        date_updated_gt=date_updated_gt,
        date_updated_gte=date_updated_gte,
        date_updated_lt=date_updated_lt,
        date_updated_lte=date_updated_lte,
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    object_type: str | Unset = UNSET,
    object_id: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    action: EventAction | Unset = UNSET,
    date_updated_gt: datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.datetime | Unset = UNSET,
    date_updated_lt: datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.datetime | Unset = UNSET,
) -> EventList:
    """List events

     Lists events of the last 30 days, latest first, with a cursor: pass `cursor_next` (older)
    or `cursor_previous` (newer) as `_cursor` together with the same filters. `_limit` is
    capped at and defaults to 50; `_skip` is not supported. Only some filter combinations
    are allowed (e.g. `object_type` + `action`, `lead_id` + `user_id`, just `request_id`).

    Args:
        cursor (str | Unset): A `cursor_next` or `cursor_previous` value from a previous page.
        limit (int | Unset): Maximum number of events to return (at most and by default 50).
        object_type (str | Unset): Only events on objects of this type, e.g. `lead`,
            `activity.email`, `status_change.opportunity`.
        object_id (str | Unset): Only events on this object (not on related objects).
        lead_id (str | Unset): Only events on this lead and its contacts, activities,
            opportunities and tasks.
        user_id (str | Unset): Only objects belonging to this user.
        request_id (str | Unset): Only events emitted while processing this API request.
        action (EventAction | Unset): What happened to the object. Most events are `created`,
            `updated` or `deleted`; some
            object types have their own actions.
        date_updated_gt (datetime.datetime | Unset): Only objects updated after this time.
        date_updated_gte (datetime.datetime | Unset): Only objects updated at or after this time.
        date_updated_lt (datetime.datetime | Unset): Only objects updated before this time.
        date_updated_lte (datetime.datetime | Unset): Only objects updated at or before this time.

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
        EventList
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            object_type=object_type,
            object_id=object_id,
            lead_id=lead_id,
            user_id=user_id,
            request_id=request_id,
            action=action,
            date_updated_gt=date_updated_gt,
            date_updated_gte=date_updated_gte,
            date_updated_lt=date_updated_lt,
            date_updated_lte=date_updated_lte,
        )
    ).parsed
