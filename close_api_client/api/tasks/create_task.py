from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.task import Task
from ...models.task_create import TaskCreate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    body: TaskCreate,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/task/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Task | None:
    if response.status_code == 200:
        response_200 = Task.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        fields (str | Unset):
        body (TaskCreate): A new task; only `lead` tasks can be created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Task]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /task/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TaskCreate,
    fields: str | Unset = UNSET,
) -> Task | None:
    """Create a task

     Creates a task on a lead. Only `lead` tasks can be created, so `_type` may be omitted.
    `date` is a date (`2015-01-05`) or a date-time.

    Args:
        fields (str | Unset):
        body (TaskCreate): A new task; only `lead` tasks can be created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
