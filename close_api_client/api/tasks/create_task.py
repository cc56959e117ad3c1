from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.task import Task
from ...models.task_create import TaskCreate
from ...types import UNSET, Response, Unset, build_response

OPERATION = "POST /task/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: TaskCreate,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(body, TaskCreate):
        raise TypeError(
            f"body must be a TaskCreate, got {type(body).__name__}"
            " (build one with TaskCreate(...) or TaskCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/task/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/task/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Task:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = Task.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TaskCreate,
    fields: str | Unset = UNSET,
) -> Response[Task]:
    """Create a task

     Creates a task on a lead. Only `lead` tasks can be created, so `_type` may be omitted.
    `date` is a date (`2015-01-05`) or a date-time.

    Args:
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        body (TaskCreate): A new task; only `lead` tasks can be created.

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
        Response[Task]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
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
    body: TaskCreate,
    fields: str | Unset = UNSET,
) -> Task:
    """Create a task

     Creates a task on a lead. Only `lead` tasks can be created, so `_type` may be omitted.
    `date` is a date (`2015-01-05`) or a date-time.

    Args:
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        body (TaskCreate): A new task; only `lead` tasks can be created.

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
        Task
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
