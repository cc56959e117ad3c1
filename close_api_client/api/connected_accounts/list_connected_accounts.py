from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connected_account_list import ConnectedAccountList
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["_skip"] = skip

    params["_limit"] = limit

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connected_account/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectedAccountList | None:
    if response.status_code == 200:
        response_200 = ConnectedAccountList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ConnectedAccountList]:
    """List connected accounts

     Lists the email and Zoom accounts you can use in the organization, including accounts you may send
    as; filter to one user with `user_id`.

    Args:
        user_id (str | Unset):
        skip (int | Unset):
        limit (int | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectedAccountList]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        skip=skip,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="GET /connected_account/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ConnectedAccountList | None:
    """List connected accounts

     Lists the email and Zoom accounts you can use in the organization, including accounts you may send
    as; filter to one user with `user_id`.

    Args:
        user_id (str | Unset):
        skip (int | Unset):
        limit (int | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectedAccountList
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            skip=skip,
            limit=limit,
            fields=fields,
        )
    ).parsed
