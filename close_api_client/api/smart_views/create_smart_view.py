from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.saved_search import SavedSearch
from ...models.saved_search_create import SavedSearchCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: SavedSearchCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/saved_search/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SavedSearch | None:
    if response.status_code == 200:
        response_200 = SavedSearch.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SavedSearchCreate,
) -> Response[SavedSearch]:
    """Create a Smart View (saved_search)

     Saves a lead search query as a Smart View, private to the user unless `is_shared` is true.

    Args:
        body (SavedSearchCreate): A new Smart View.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SavedSearch]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /saved_search/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SavedSearchCreate,
) -> SavedSearch | None:
    """Create a Smart View (saved_search)

     Saves a lead search query as a Smart View, private to the user unless `is_shared` is true.

    Args:
        body (SavedSearchCreate): A new Smart View.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SavedSearch
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
