from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group_member import GroupMember
from ...models.group_member_create import GroupMemberCreate
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
) -> GroupMember | None:
    if response.status_code == 201:
        response_201 = GroupMember.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupMemberCreate,
) -> Response[GroupMember]:
    """Add a user to a group

     Adds a user to the group; adding a user who is already a member changes nothing.

    Args:
        id (str):
        body (GroupMemberCreate): The user to add to a group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupMember]
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
) -> GroupMember | None:
    """Add a user to a group

     Adds a user to the group; adding a user who is already a member changes nothing.

    Args:
        id (str):
        body (GroupMemberCreate): The user to add to a group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupMember
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
