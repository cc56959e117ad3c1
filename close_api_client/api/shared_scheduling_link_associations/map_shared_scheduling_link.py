from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_scheduling_link_association import SharedSchedulingLinkAssociation
from ...models.shared_scheduling_link_association_create import (
    SharedSchedulingLinkAssociationCreate,
)
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: SharedSchedulingLinkAssociationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shared_scheduling_link_association/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SharedSchedulingLinkAssociation | None:
    if response.status_code == 201:
        response_201 = SharedSchedulingLinkAssociation.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SharedSchedulingLinkAssociation]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /shared_scheduling_link_association/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkAssociationCreate,
) -> SharedSchedulingLinkAssociation | None:
    """Map a shared scheduling link for a user

     Maps a Shared Scheduling Link, for one user, to one of that user's Scheduling Links
    (`user_scheduling_link_id`) or to a plain `url`. Allowed for users with Manage
    Customizations and for the owner of the User Scheduling Link.

    Args:
        body (SharedSchedulingLinkAssociationCreate): Map a Shared Scheduling Link for a user;
            give `user_scheduling_link_id` or `url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SharedSchedulingLinkAssociation
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
