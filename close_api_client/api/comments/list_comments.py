from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment_list import CommentList
from ...types import UNSET, Response, Unset, build_response


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
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommentList | None:
    if response.status_code == 200:
        response_200 = CommentList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        object_id (str | Unset):
        thread_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentList]
    """

    kwargs = _get_kwargs(
        object_id=object_id,
        thread_id=thread_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="GET /comment/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    object_id: str | Unset = UNSET,
    thread_id: str | Unset = UNSET,
) -> CommentList | None:
    """List comments

     Lists the comments on one object (`object_id`) or in one thread (`thread_id`): give exactly one of
    the two. Comments on leads the caller cannot see are left out.

    Args:
        object_id (str | Unset):
        thread_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
