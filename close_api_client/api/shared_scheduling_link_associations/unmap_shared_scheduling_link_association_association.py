from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_scheduling_link_association_association_create import (
    SharedSchedulingLinkAssociationAssociationCreate,
)
from ...models.unmap_shared_scheduling_link_association_association_response_200 import (
    UnmapSharedSchedulingLinkAssociationAssociationResponse200,
)
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: SharedSchedulingLinkAssociationAssociationCreate,
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
) -> UnmapSharedSchedulingLinkAssociationAssociationResponse200 | None:
    if response.status_code == 200:
        response_200 = UnmapSharedSchedulingLinkAssociationAssociationResponse200.from_dict(
            response.json()
        )

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkAssociationAssociationCreate,
) -> Response[UnmapSharedSchedulingLinkAssociationAssociationResponse200]:
    """Create shared scheduling link association association

     Removes a shared scheduling link association association. Fields are typed as Close's documented
    examples show them; the schema stays open for the rest (see SPEC_NOTES.md).

    Args:
        body (SharedSchedulingLinkAssociationAssociationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnmapSharedSchedulingLinkAssociationAssociationResponse200]
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
    body: SharedSchedulingLinkAssociationAssociationCreate,
) -> UnmapSharedSchedulingLinkAssociationAssociationResponse200 | None:
    """Create shared scheduling link association association

     Removes a shared scheduling link association association. Fields are typed as Close's documented
    examples show them; the schema stays open for the rest (see SPEC_NOTES.md).

    Args:
        body (SharedSchedulingLinkAssociationAssociationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnmapSharedSchedulingLinkAssociationAssociationResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
