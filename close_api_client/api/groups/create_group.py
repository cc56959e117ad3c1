from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group import Group
from ...models.group_create import GroupCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: GroupCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/group/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Group | None:
    if response.status_code == 200:
        response_200 = Group.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupCreate,
) -> Response[Group]:
    """Create group

     Creates a group; the body carries the fields shown in Close's example. Fields are typed as Close's
    documented examples show them; the schema stays open for the rest (see SPEC_NOTES.md).

    Args:
        body (GroupCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Group]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /group/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GroupCreate,
) -> Group | None:
    """Create group

     Creates a group; the body carries the fields shown in Close's example. Fields are typed as Close's
    documented examples show them; the schema stays open for the rest (see SPEC_NOTES.md).

    Args:
        body (GroupCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Group
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
