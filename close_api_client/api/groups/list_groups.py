from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group_list import GroupList
from ...types import UNSET, Response, Unset, build_response

OPERATION = "GET /group/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/group/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/group/"},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GroupList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = GroupList.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[GroupList]:
    """List groups

     Lists the organization's groups. Ask for the fields you need with `_fields` (e.g. `_fields=name`);
    members are not available here, only on a single group.

    Args:
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.

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
        Response[GroupList]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        fields=fields,
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
    fields: str | Unset = UNSET,
) -> GroupList:
    """List groups

     Lists the organization's groups. Ask for the fields you need with `_fields` (e.g. `_fields=name`);
    members are not available here, only on a single group.

    Args:
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.

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
        GroupList
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
        )
    ).parsed
