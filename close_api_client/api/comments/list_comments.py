from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment_list import CommentList
from ...types import UNSET, Response, Unset, build_response

OPERATION = "GET /comment/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    object_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["object_id"] = object_id

    params["thread_id"] = thread_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/comment/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/comment/"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommentList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = CommentList.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    object_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> Response[CommentList]:
    """List comments

     Lists the comments on one object (`object_id`) or in one thread (`thread_id`): give exactly one of
    the two. Comments on leads the caller cannot see are left out.

    Args:
        object_id (str | Unset): The commented object's id (give this or `thread_id`).
        thread_id (str | Unset): The comment thread's id, `comthr_...` (give this or `object_id`).

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
        Response[CommentList]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        object_id=object_id,
        thread_id=thread_id,
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
    object_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> CommentList:
    """List comments

     Lists the comments on one object (`object_id`) or in one thread (`thread_id`): give exactly one of
    the two. Comments on leads the caller cannot see are left out.

    Args:
        object_id (str | Unset): The commented object's id (give this or `thread_id`).
        thread_id (str | Unset): The comment thread's id, `comthr_...` (give this or `object_id`).

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
        CommentList
    """

    return (
        await asyncio_detailed(
            client=client,
            object_id=object_id,
            thread_id=thread_id,
        )
    ).parsed
