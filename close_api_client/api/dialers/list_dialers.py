from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dialer_list import DialerList
from ...types import UNSET, Response, Unset, build_response

OPERATION = "GET /dialer/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    status_in: str | Unset = UNSET,
    saved_search_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    source_type: str | Unset = UNSET,
    source_value: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["status__in"] = status_in

    params["saved_search_id"] = saved_search_id

    params["user_id"] = user_id

    params["_skip"] = skip

    params["_limit"] = limit

    params["_fields"] = fields

    params["organization_id"] = organization_id

    params["source_type"] = source_type

    params["source_value"] = source_value

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dialer/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/dialer/"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DialerList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = DialerList.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    status_in: str | Unset = UNSET,
    saved_search_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    source_type: str | Unset = UNSET,
    source_value: str | Unset = UNSET,
) -> Response[DialerList]:
    """List dialer sessions

     Lists dialer sessions, filtered by status, the Smart View dialed (`saved_search_id`) or the user who
    started them.

    Args:
        status (str | Unset): Only sessions with this status, e.g. `inactive`.
        status_in (str | Unset): Only sessions with one of these comma-separated statuses.
        saved_search_id (str | Unset): Only sessions dialing this Smart View.
        user_id (str | Unset): Only objects belonging to this user.
        skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
            maximum; beyond it Close answers 400.
        limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        organization_id (str | Unset): Only dialer sessions of this organization.
        source_type (str | Unset): One of `saved-search`, `shared-entry`.
        source_value (str | Unset): With `source_type`: the Smart View id or shared entry the
            sessions were started from.

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
        Response[DialerList]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        status=status,
        status_in=status_in,
        saved_search_id=saved_search_id,
        user_id=user_id,
        skip=skip,
        limit=limit,
        fields=fields,
        organization_id=organization_id,
        source_type=source_type,
        source_value=source_value,
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
    status: str | Unset = UNSET,
    status_in: str | Unset = UNSET,
    saved_search_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    source_type: str | Unset = UNSET,
    source_value: str | Unset = UNSET,
) -> DialerList:
    """List dialer sessions

     Lists dialer sessions, filtered by status, the Smart View dialed (`saved_search_id`) or the user who
    started them.

    Args:
        status (str | Unset): Only sessions with this status, e.g. `inactive`.
        status_in (str | Unset): Only sessions with one of these comma-separated statuses.
        saved_search_id (str | Unset): Only sessions dialing this Smart View.
        user_id (str | Unset): Only objects belonging to this user.
        skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
            maximum; beyond it Close answers 400.
        limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        organization_id (str | Unset): Only dialer sessions of this organization.
        source_type (str | Unset): One of `saved-search`, `shared-entry`.
        source_value (str | Unset): With `source_type`: the Smart View id or shared entry the
            sessions were started from.

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
        DialerList
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            status_in=status_in,
            saved_search_id=saved_search_id,
            user_id=user_id,
            skip=skip,
            limit=limit,
            fields=fields,
            organization_id=organization_id,
            source_type=source_type,
            source_value=source_value,
        )
    ).parsed
