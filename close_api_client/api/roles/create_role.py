from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.role import Role
from ...models.role_create import RoleCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: RoleCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/role/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Role | None:
    if response.status_code == 201:
        response_201 = Role.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RoleCreate,
) -> Response[Role]:
    """Create a role

     Creates a custom role granting the listed permissions; assign it through a membership update.

    Args:
        body (RoleCreate): A new custom role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Role]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /role/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RoleCreate,
) -> Role | None:
    """Create a role

     Creates a custom role granting the listed permissions; assign it through a membership update.

    Args:
        body (RoleCreate): A new custom role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Role
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
