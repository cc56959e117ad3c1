from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.saved_search import SavedSearch
from ...models.saved_search_create import SavedSearchCreate
from ...types import Response, build_response

OPERATION = "POST /saved_search/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: SavedSearchCreate,
) -> dict[str, Any]:
    if not isinstance(body, SavedSearchCreate):
        raise TypeError(
            f"body must be a SavedSearchCreate, got {type(body).__name__}"
            " (build one with SavedSearchCreate(...) or SavedSearchCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/saved_search/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/saved_search/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SavedSearch:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = SavedSearch.from_dict(response.json())

    return response_200


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        Response[SavedSearch]: status, headers, raw content and ``parsed``.
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
    body: SavedSearchCreate,
) -> SavedSearch:
    """Create a Smart View (saved_search)

     Saves a lead search query as a Smart View, private to the user unless `is_shared` is true.

    Args:
        body (SavedSearchCreate): A new Smart View.

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
        SavedSearch
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
