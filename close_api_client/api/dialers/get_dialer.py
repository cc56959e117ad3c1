from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dialer import Dialer
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    id: str,
    *,
    fields: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params["organization_id"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dialer/{id}/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Dialer | None:
    if response.status_code == 200:
        response_200 = Dialer.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> Response[Dialer]:
    """Get a dialer session

     Returns one dialer session: its type, Smart View (`saved_search_id`, see the Smart Views API),
    participating users and settings.

    Args:
        id (str):
        fields (str | Unset):
        organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dialer]
    """

    kwargs = _get_kwargs(
        id=id,
        fields=fields,
        organization_id=organization_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="GET /dialer/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> Dialer | None:
    """Get a dialer session

     Returns one dialer session: its type, Smart View (`saved_search_id`, see the Smart Views API),
    participating users and settings.

    Args:
        id (str):
        fields (str | Unset):
        organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dialer
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields=fields,
            organization_id=organization_id,
        )
    ).parsed
