from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_as_list import SendAsList
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    allowing_user_id: str | Unset = UNSET,
    allowed_user_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["allowing_user_id"] = allowing_user_id

    params["allowed_user_id"] = allowed_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/send_as/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SendAsList | None:
    if response.status_code == 200:
        response_200 = SendAsList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    allowing_user_id: str | Unset = UNSET,
    allowed_user_id: str | Unset = UNSET,
) -> Response[SendAsList]:
    """List Send As associations

     Lists the associations you take part in: one of `allowing_user_id` or `allowed_user_id` must be your
    own user id; with neither, `allowing_user_id` (you) is assumed.

    Args:
        allowing_user_id (str | Unset):
        allowed_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendAsList]
    """

    kwargs = _get_kwargs(
        allowing_user_id=allowing_user_id,
        allowed_user_id=allowed_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="GET /send_as/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    allowing_user_id: str | Unset = UNSET,
    allowed_user_id: str | Unset = UNSET,
) -> SendAsList | None:
    """List Send As associations

     Lists the associations you take part in: one of `allowing_user_id` or `allowed_user_id` must be your
    own user id; with neither, `allowing_user_id` (you) is assumed.

    Args:
        allowing_user_id (str | Unset):
        allowed_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendAsList
    """

    return (
        await asyncio_detailed(
            client=client,
            allowing_user_id=allowing_user_id,
            allowed_user_id=allowed_user_id,
        )
    ).parsed
