import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.task_bulk_update import TaskBulkUpdate
from ...models.task_bulk_update_result import TaskBulkUpdateResult
from ...models.task_view import TaskView
from ...types import UNSET, Response, Unset, build_response

OPERATION = "PUT /task/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: TaskBulkUpdate,
    id: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_in: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    membership_id: str | Unset = UNSET,
    assigned_to: str | Unset = UNSET,
    is_complete: bool | Unset = UNSET,
    view: TaskView | Unset = UNSET,
    date_gt: str | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lt: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    date_created_gt: datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.datetime | Unset = UNSET,
    format_: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    date: str | Unset = UNSET,
    due_date: str | Unset = UNSET,
    due_date_lt: str | Unset = UNSET,
    due_date_lte: str | Unset = UNSET,
    due_date_gt: str | Unset = UNSET,
    due_date_gte: str | Unset = UNSET,
    date_updated_lt: datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(body, TaskBulkUpdate):
        raise TypeError(
            f"body must be a TaskBulkUpdate, got {type(body).__name__}"
            " (build one with TaskBulkUpdate(...) or TaskBulkUpdate.from_dict(...))"
        )
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    params: dict[str, Any] = {}

    params["id"] = id

    params["id__in"] = id_in

    params["_type"] = type_

    params["_type__in"] = type_in

    params["lead_id"] = lead_id

    params["membership_id"] = membership_id

    params["assigned_to"] = assigned_to

    params["is_complete"] = is_complete

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view.value

    params["view"] = json_view

    params["date__gt"] = date_gt

    params["date__gte"] = date_gte

    params["date__lt"] = date_lt

    params["date__lte"] = date_lte

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

    params["format"] = format_

    params["_order_by"] = order_by

    params["organization_id"] = organization_id

    params["date"] = date

    params["due_date"] = due_date

    params["due_date__lt"] = due_date_lt

    params["due_date__lte"] = due_date_lte

    params["due_date__gt"] = due_date_gt

    params["due_date__gte"] = due_date_gte

    json_date_updated_lt: str | Unset = UNSET
    if not isinstance(date_updated_lt, Unset):
        json_date_updated_lt = date_updated_lt.isoformat()
    params["date_updated__lt"] = json_date_updated_lt

    json_date_updated_lte: str | Unset = UNSET
    if not isinstance(date_updated_lte, Unset):
        json_date_updated_lte = date_updated_lte.isoformat()
    params["date_updated__lte"] = json_date_updated_lte

    json_date_updated_gt: str | Unset = UNSET
    if not isinstance(date_updated_gt, Unset):
        json_date_updated_gt = date_updated_gt.isoformat()
    params["date_updated__gt"] = json_date_updated_gt

    json_date_updated_gte: str | Unset = UNSET
    if not isinstance(date_updated_gte, Unset):
        json_date_updated_gte = date_updated_gte.isoformat()
    params["date_updated__gte"] = json_date_updated_gte

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/task/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/task/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TaskBulkUpdateResult:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = TaskBulkUpdateResult.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaskBulkUpdate,
    id: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_in: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    membership_id: str | Unset = UNSET,
    assigned_to: str | Unset = UNSET,
    is_complete: bool | Unset = UNSET,
    view: TaskView | Unset = UNSET,
    date_gt: str | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lt: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    date_created_gt: datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.datetime | Unset = UNSET,
    format_: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    date: str | Unset = UNSET,
    due_date: str | Unset = UNSET,
    due_date_lt: str | Unset = UNSET,
    due_date_lte: str | Unset = UNSET,
    due_date_gt: str | Unset = UNSET,
    due_date_gte: str | Unset = UNSET,
    date_updated_lt: datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> Response[TaskBulkUpdateResult]:
    """Update many tasks at once

     Applies `assigned_to`, `date` and/or `is_complete` to every task matching the filters,
    which are those of the list operation, given as query parameters or in the body's
    `_params` (e.g. `{"id__in": "task_a,task_b"}`).

    Args:
        id (str | Unset): Only the task with this id.
        id_in (str | Unset): Only tasks with any of these ids (comma-separated).
        type_ (str | Unset): Only tasks of this type (see `TaskType`), or `all` for every type.
            Without it only
            `lead` tasks are returned.
        type_in (str | Unset): Only tasks of any of these types (comma-separated), e.g.
            `missed_call,voicemail`.
        lead_id (str | Unset): Only objects belonging to this lead.
        membership_id (str | Unset): Only tasks of this membership (a user in this organization).
        assigned_to (str | Unset): Only tasks assigned to this user.
        is_complete (bool | Unset): Only complete (`true`) or incomplete (`false`) tasks.
        view (TaskView | Unset): A task view: `inbox`, `future` or `archive`.
        date_gt (str | Unset): Only tasks dated after this date or date-time.
        date_gte (str | Unset): Only tasks dated at or after this date or date-time.
        date_lt (str | Unset): Only tasks dated before this date or date-time.
        date_lte (str | Unset): Only tasks dated at or before this date or date-time.
        date_created_gt (datetime.datetime | Unset): Only objects created after this time.
        date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
        date_created_lt (datetime.datetime | Unset): Only objects created before this time.
        date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
        format_ (str | Unset): Response format of the task list (e.g. `inbox`); values not
            documented.
        order_by (str | Unset): Field to sort by; prefix with `-` for descending order, e.g.
            `-date_created`.
        organization_id (str | Unset): Only tasks of this organization.
        date (str | Unset): Only tasks due on this date (`YYYY-MM-DD`).
        due_date (str | Unset): Only tasks due on this date (`YYYY-MM-DD`).
        due_date_lt (str | Unset): Only tasks due before this date.
        due_date_lte (str | Unset): Only tasks due on or before this date.
        due_date_gt (str | Unset): Only tasks due after this date.
        due_date_gte (str | Unset): Only tasks due on or after this date.
        date_updated_lt (datetime.datetime | Unset): Only objects updated before this time.
        date_updated_lte (datetime.datetime | Unset): Only objects updated at or before this time.
        date_updated_gt (datetime.datetime | Unset): Only objects updated after this time.
        date_updated_gte (datetime.datetime | Unset): Only objects updated at or after this time.
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
            `5.75`). Close uses it for
            relative dates in queries (`created:today`), date filters, reports and defaults such
            as an opportunity's `date_won`.
        body (TaskBulkUpdate): The changes applied to every matching task, and optionally the
            filters in `_params`.

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
        Response[TaskBulkUpdateResult]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
        id_in=id_in,
        type_=type_,
        type_in=type_in,
        lead_id=lead_id,
        membership_id=membership_id,
        assigned_to=assigned_to,
        is_complete=is_complete,
        view=view,
        date_gt=date_gt,
        date_gte=date_gte,
        date_lt=date_lt,
        date_lte=date_lte,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        format_=format_,
        order_by=order_by,
        organization_id=organization_id,
        date=date,
        due_date=due_date,
        due_date_lt=due_date_lt,
        due_date_lte=due_date_lte,
        due_date_gt=due_date_gt,
        due_date_gte=due_date_gte,
        date_updated_lt=date_updated_lt,
        date_updated_lte=date_updated_lte,
        date_updated_gt=date_updated_gt,
        date_updated_gte=date_updated_gte,
        fields=fields,
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
    body: TaskBulkUpdate,
    id: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    type_in: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    membership_id: str | Unset = UNSET,
    assigned_to: str | Unset = UNSET,
    is_complete: bool | Unset = UNSET,
    view: TaskView | Unset = UNSET,
    date_gt: str | Unset = UNSET,
    date_gte: str | Unset = UNSET,
    date_lt: str | Unset = UNSET,
    date_lte: str | Unset = UNSET,
    date_created_gt: datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.datetime | Unset = UNSET,
    format_: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    date: str | Unset = UNSET,
    due_date: str | Unset = UNSET,
    due_date_lt: str | Unset = UNSET,
    due_date_lte: str | Unset = UNSET,
    due_date_gt: str | Unset = UNSET,
    due_date_gte: str | Unset = UNSET,
    date_updated_lt: datetime.datetime | Unset = UNSET,
    date_updated_lte: datetime.datetime | Unset = UNSET,
    date_updated_gt: datetime.datetime | Unset = UNSET,
    date_updated_gte: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> TaskBulkUpdateResult:
    """Update many tasks at once

     Applies `assigned_to`, `date` and/or `is_complete` to every task matching the filters,
    which are those of the list operation, given as query parameters or in the body's
    `_params` (e.g. `{"id__in": "task_a,task_b"}`).

    Args:
        id (str | Unset): Only the task with this id.
        id_in (str | Unset): Only tasks with any of these ids (comma-separated).
        type_ (str | Unset): Only tasks of this type (see `TaskType`), or `all` for every type.
            Without it only
            `lead` tasks are returned.
        type_in (str | Unset): Only tasks of any of these types (comma-separated), e.g.
            `missed_call,voicemail`.
        lead_id (str | Unset): Only objects belonging to this lead.
        membership_id (str | Unset): Only tasks of this membership (a user in this organization).
        assigned_to (str | Unset): Only tasks assigned to this user.
        is_complete (bool | Unset): Only complete (`true`) or incomplete (`false`) tasks.
        view (TaskView | Unset): A task view: `inbox`, `future` or `archive`.
        date_gt (str | Unset): Only tasks dated after this date or date-time.
        date_gte (str | Unset): Only tasks dated at or after this date or date-time.
        date_lt (str | Unset): Only tasks dated before this date or date-time.
        date_lte (str | Unset): Only tasks dated at or before this date or date-time.
        date_created_gt (datetime.datetime | Unset): Only objects created after this time.
        date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
        date_created_lt (datetime.datetime | Unset): Only objects created before this time.
        date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
        format_ (str | Unset): Response format of the task list (e.g. `inbox`); values not
            documented.
        order_by (str | Unset): Field to sort by; prefix with `-` for descending order, e.g.
            `-date_created`.
        organization_id (str | Unset): Only tasks of this organization.
        date (str | Unset): Only tasks due on this date (`YYYY-MM-DD`).
        due_date (str | Unset): Only tasks due on this date (`YYYY-MM-DD`).
        due_date_lt (str | Unset): Only tasks due before this date.
        due_date_lte (str | Unset): Only tasks due on or before this date.
        due_date_gt (str | Unset): Only tasks due after this date.
        due_date_gte (str | Unset): Only tasks due on or after this date.
        date_updated_lt (datetime.datetime | Unset): Only objects updated before this time.
        date_updated_lte (datetime.datetime | Unset): Only objects updated at or before this time.
        date_updated_gt (datetime.datetime | Unset): Only objects updated after this time.
        date_updated_gte (datetime.datetime | Unset): Only objects updated at or after this time.
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
            `5.75`). Close uses it for
            relative dates in queries (`created:today`), date filters, reports and defaults such
            as an opportunity's `date_won`.
        body (TaskBulkUpdate): The changes applied to every matching task, and optionally the
            filters in `_params`.

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
        TaskBulkUpdateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            id=id,
            id_in=id_in,
            type_=type_,
            type_in=type_in,
            lead_id=lead_id,
            membership_id=membership_id,
            assigned_to=assigned_to,
            is_complete=is_complete,
            view=view,
            date_gt=date_gt,
            date_gte=date_gte,
            date_lt=date_lt,
            date_lte=date_lte,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            format_=format_,
            order_by=order_by,
            organization_id=organization_id,
            date=date,
            due_date=due_date,
            due_date_lt=due_date_lt,
            due_date_lte=due_date_lte,
            due_date_gt=due_date_gt,
            due_date_gte=due_date_gte,
            date_updated_lt=date_updated_lt,
            date_updated_lte=date_updated_lte,
            date_updated_gt=date_updated_gt,
            date_updated_gte=date_updated_gte,
            fields=fields,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
