from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group_member_create import GroupMemberCreate
from ...models.group_member_response import GroupMemberResponse
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: GroupMemberCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/group/{id}/member/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GroupMemberResponse | None:
    if response.status_code == 200:
        response_200 = GroupMemberResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupMemberCreate,
) -> Response[GroupMemberResponse]:
    """Create group member

     Creates a group member; the body carries the fields shown in Close's example. Fields are typed as
    Close's documented examples show them; the schema stays open for the rest (see SPEC_NOTES.md).

    Args:
        id (str):
        body (GroupMemberCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupMemberResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /group/{id}/member/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupMemberCreate,
) -> GroupMemberResponse | None:
    """Create group member

     Creates a group member; the body carries the fields shown in Close's example. Fields are typed as
    Close's documented examples show them; the schema stays open for the rest (see SPEC_NOTES.md).

    Args:
        id (str):
        body (GroupMemberCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupMemberResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
