from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.task import Task
from ...models.task_update import TaskUpdate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    id: str,
    *,
    body: TaskUpdate,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/task/{id}/".format(
            id=quote(str(id), safe=""),
        ),
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskUpdate,
    fields: str | Unset = UNSET,
) -> Response[Task]:
    """Update a task

     Changes `assigned_to`, `date` (a date or a date-time) and `is_complete` on any task, and
    `text` on `lead` tasks.

    Args:
        id (str):
        fields (str | Unset):
        body (TaskUpdate): Fields to change on a task (a patch); `text` only on `lead` tasks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Task]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /task/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskUpdate,
    fields: str | Unset = UNSET,
) -> Task | None:
    """Update a task

     Changes `assigned_to`, `date` (a date or a date-time) and `is_complete` on any task, and
    `text` on `lead` tasks.

    Args:
        id (str):
        fields (str | Unset):
        body (TaskUpdate): Fields to change on a task (a patch); `text` only on `lead` tasks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Task
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
