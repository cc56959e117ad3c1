from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meeting_activity import MeetingActivity
from ...models.meeting_activity_update import MeetingActivityUpdate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: MeetingActivityUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/activity/meeting/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MeetingActivity | None:
    if response.status_code == 200:
        response_200 = MeetingActivity.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MeetingActivityUpdate,
) -> Response[MeetingActivity]:
    """Update a Meeting activity

     Changes only the fields sent; typically the meeting's `user_note_html` or `outcome_id`.

    Args:
        id (str):
        body (MeetingActivityUpdate): Fields to change on a meeting (a patch). Only these two are
            documented; the object is open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetingActivity]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /activity/meeting/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MeetingActivityUpdate,
) -> MeetingActivity | None:
    """Update a Meeting activity

     Changes only the fields sent; typically the meeting's `user_note_html` or `outcome_id`.

    Args:
        id (str):
        body (MeetingActivityUpdate): Fields to change on a meeting (a patch). Only these two are
            documented; the object is open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetingActivity
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
