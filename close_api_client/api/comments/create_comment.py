from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment import Comment
from ...models.comment_create import CommentCreate
from ...types import Response, build_response

OPERATION = "POST /comment/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: CommentCreate,
) -> dict[str, Any]:
    if not isinstance(body, CommentCreate):
        raise TypeError(
            f"body must be a CommentCreate, got {type(body).__name__}"
            " (build one with CommentCreate(...) or CommentCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/comment/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/comment/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Comment:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = Comment.from_dict(response.json())

    return response_201


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        Response[Comment]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: CommentCreate,
) -> Comment:
    """Create a comment

     Comments on an object (e.g. an activity). The comment joins the object's thread, which is created if
    the object has none yet. `body` is rich text and may mention users or groups.

    Args:
        body (CommentCreate): A new comment.

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
        Comment
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
