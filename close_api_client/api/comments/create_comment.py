from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment import Comment
from ...models.comment_create import CommentCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: CommentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/comment/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Comment | None:
    if response.status_code == 201:
        response_201 = Comment.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CommentCreate,
) -> Response[Comment]:
    """Create a comment

     Comments on an object (e.g. an activity). The comment joins the object's thread, which is created if
    the object has none yet. `body` is rich text and may mention users or groups.

    Args:
        body (CommentCreate): A new comment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Comment]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /comment/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CommentCreate,
) -> Comment | None:
    """Create a comment

     Comments on an object (e.g. an activity). The comment joins the object's thread, which is created if
    the object has none yet. `body` is rich text and may mention users or groups.

    Args:
        body (CommentCreate): A new comment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Comment
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
