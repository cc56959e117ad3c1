from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group import Group
from ...models.group_create import GroupCreate
from ...types import UNSET, Response, Unset, build_response

OPERATION = "POST /group/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: GroupCreate,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(body, GroupCreate):
        raise TypeError(
            f"body must be a GroupCreate, got {type(body).__name__}"
            " (build one with GroupCreate(...) or GroupCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/group/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/group/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Group:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = Group.from_dict(response.json())

    return response_201


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupCreate,
    fields: str | Unset = UNSET,
) -> Response[Group]:
    """Create a group

     Creates an empty group; add users with the member endpoint. Names must be unique.

    Args:
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        body (GroupCreate): A new, empty group.

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
        Response[Group]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: GroupCreate,
    fields: str | Unset = UNSET,
) -> Group:
    """Create a group

     Creates an empty group; add users with the member endpoint. Names must be unique.

    Args:
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        body (GroupCreate): A new, empty group.

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
        Group
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
