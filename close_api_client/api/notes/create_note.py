from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.note_activity import NoteActivity
from ...models.note_activity_create import NoteActivityCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: NoteActivityCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/note/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NoteActivity | None:
    if response.status_code == 200:
        response_200 = NoteActivity.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NoteActivityCreate,
) -> Response[NoteActivity]:
    """Create a Note activity

     Adds a note to a lead.

    Args:
        body (NoteActivityCreate): A new note.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NoteActivity]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /activity/note/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NoteActivityCreate,
) -> NoteActivity | None:
    """Create a Note activity

     Adds a note to a lead.

    Args:
        body (NoteActivityCreate): A new note.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NoteActivity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
