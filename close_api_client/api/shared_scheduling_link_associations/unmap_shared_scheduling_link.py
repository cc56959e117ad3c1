from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.shared_scheduling_link_association_unmap import SharedSchedulingLinkAssociationUnmap
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: SharedSchedulingLinkAssociationUnmap,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shared_scheduling_link_association/unmap/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Empty | None:
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkAssociationUnmap,
) -> Response[Empty]:
    """Unmap a shared scheduling link for a user

     Removes the mapping of a Shared Scheduling Link for one user.

    Args:
        body (SharedSchedulingLinkAssociationUnmap): The Shared Scheduling Link and user whose
            mapping to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /shared_scheduling_link_association/unmap/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkAssociationUnmap,
) -> Empty | None:
    """Unmap a shared scheduling link for a user

     Removes the mapping of a Shared Scheduling Link for one user.

    Args:
        body (SharedSchedulingLinkAssociationUnmap): The Shared Scheduling Link and user whose
            mapping to remove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
