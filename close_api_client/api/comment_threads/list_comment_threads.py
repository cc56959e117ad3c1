from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment_thread_list import CommentThreadList
from ...types import UNSET, Response, Unset, build_response

OPERATION = "GET /comment_thread/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    ids: str | Unset = UNSET,
    object_ids: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["object_ids"] = object_ids

    params["_skip"] = skip

    params["_limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/comment_thread/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/comment_thread/"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommentThreadList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = CommentThreadList.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: str | Unset = UNSET,
    object_ids: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[CommentThreadList]:
    """List comment threads

     Lists comment threads, optionally only those with the given `ids` or on the given `object_ids`.
    Users with restricted lead visibility must give one of the two filters (otherwise 403).

    Args:
        ids (str | Unset): Only these threads (comma-separated `comthr_...` ids).
        object_ids (str | Unset): Only the threads on these objects (comma-separated ids).
        skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
            maximum; beyond it Close answers 400.
        limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.

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
        Response[CommentThreadList]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        ids=ids,
        object_ids=object_ids,
        skip=skip,
        limit=limit,
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
    ids: str | Unset = UNSET,
    object_ids: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> CommentThreadList:
    """List comment threads

     Lists comment threads, optionally only those with the given `ids` or on the given `object_ids`.
    Users with restricted lead visibility must give one of the two filters (otherwise 403).

    Args:
        ids (str | Unset): Only these threads (comma-separated `comthr_...` ids).
        object_ids (str | Unset): Only the threads on these objects (comma-separated ids).
        skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
            maximum; beyond it Close answers 400.
        limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.

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
        CommentThreadList
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            object_ids=object_ids,
            skip=skip,
            limit=limit,
        )
    ).parsed
