from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group_member import GroupMember
from ...models.group_member_create import GroupMemberCreate
from ...types import Response, build_response, path_segment

OPERATION = "POST /group/{id}/member/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    *,
    body: GroupMemberCreate,
) -> dict[str, Any]:
    if not isinstance(body, GroupMemberCreate):
        raise TypeError(
            f"body must be a GroupMemberCreate, got {type(body).__name__}"
            " (build one with GroupMemberCreate(...) or GroupMemberCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/group/{id}/member/".format(
            id=path_segment("id", id),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/group/{id}/member/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GroupMember:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = GroupMember.from_dict(response.json())

    return response_201


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupMemberCreate,
) -> Response[GroupMember]:
    """Add a user to a group

     Adds a user to the group; adding a user who is already a member changes nothing.

    Args:
        id (str): The object's id.
        body (GroupMemberCreate): The user to add to a group.

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
        Response[GroupMember]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation=OPERATION,
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupMemberCreate,
) -> GroupMember:
    """Add a user to a group

     Adds a user to the group; adding a user who is already a member changes nothing.

    Args:
        id (str): The object's id.
        body (GroupMemberCreate): The user to add to a group.

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
        GroupMember
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
