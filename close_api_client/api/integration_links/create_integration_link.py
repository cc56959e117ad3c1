from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_link import IntegrationLink
from ...models.integration_link_create import IntegrationLinkCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: IntegrationLinkCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration_link/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationLink | None:
    if response.status_code == 200:
        response_200 = IntegrationLink.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationLinkCreate,
) -> Response[IntegrationLink]:
    """Create an integration link

     Adds a link shown on every lead, contact or opportunity (by `type`); `url` is a template
    such as `https://example.com/?q={{lead.display_name}}`. Admins only.

    Args:
        body (IntegrationLinkCreate): A new integration link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationLink]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /integration_link/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationLinkCreate,
) -> IntegrationLink | None:
    """Create an integration link

     Adds a link shown on every lead, contact or opportunity (by `type`); `url` is a template
    such as `https://example.com/?q={{lead.display_name}}`. Admins only.

    Args:
        body (IntegrationLinkCreate): A new integration link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationLink
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
