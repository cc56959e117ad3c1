from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_scheduling_link_association import SharedSchedulingLinkAssociation
from ...models.shared_scheduling_link_association_create import (
    SharedSchedulingLinkAssociationCreate,
)
from ...types import Response, build_response

OPERATION = "POST /shared_scheduling_link_association/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: SharedSchedulingLinkAssociationCreate,
) -> dict[str, Any]:
    if not isinstance(body, SharedSchedulingLinkAssociationCreate):
        raise TypeError(
            f"body must be a SharedSchedulingLinkAssociationCreate, got {type(body).__name__}"
            " (build one with SharedSchedulingLinkAssociationCreate(...) or SharedSchedulingLinkAssociationCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shared_scheduling_link_association/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/shared_scheduling_link_association/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SharedSchedulingLinkAssociation:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = SharedSchedulingLinkAssociation.from_dict(response.json())

    return response_201


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkAssociationCreate,
) -> Response[SharedSchedulingLinkAssociation]:
    """Map a shared scheduling link for a user

     Maps a Shared Scheduling Link, for one user, to one of that user's Scheduling Links
    (`user_scheduling_link_id`) or to a plain `url`. Allowed for users with Manage
    Customizations and for the owner of the User Scheduling Link.

    Args:
        body (SharedSchedulingLinkAssociationCreate): Map a Shared Scheduling Link for a user;
            give `user_scheduling_link_id` or `url`.

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
        Response[SharedSchedulingLinkAssociation]: status, headers, raw content and ``parsed``.
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
    body: SharedSchedulingLinkAssociationCreate,
) -> SharedSchedulingLinkAssociation:
    """Map a shared scheduling link for a user

     Maps a Shared Scheduling Link, for one user, to one of that user's Scheduling Links
    (`user_scheduling_link_id`) or to a plain `url`. Allowed for users with Manage
    Customizations and for the owner of the User Scheduling Link.

    Args:
        body (SharedSchedulingLinkAssociationCreate): Map a Shared Scheduling Link for a user;
            give `user_scheduling_link_id` or `url`.

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
        SharedSchedulingLinkAssociation
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
