from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membership import Membership
from ...models.membership_create import MembershipCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: MembershipCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/membership/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Membership | None:
    if response.status_code == 200:
        response_200 = Membership.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MembershipCreate,
) -> Response[Membership]:
    """Create a membership

     Makes sure the user with this email is an active member of your organization, creating the user if
    needed. Needs the "Manage Organization" permission and, per the current docs, the organization's
    verified-domain restriction; the role must not grant `manage_organization`. Older docs say the
    endpoint works with OAuth only, not API keys.

    Args:
        body (MembershipCreate): The user to make a member, by email, and their role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Membership]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /membership/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MembershipCreate,
) -> Membership | None:
    """Create a membership

     Makes sure the user with this email is an active member of your organization, creating the user if
    needed. Needs the "Manage Organization" permission and, per the current docs, the organization's
    verified-domain restriction; the role must not grant `manage_organization`. Older docs say the
    endpoint works with OAuth only, not API keys.

    Args:
        body (MembershipCreate): The user to make a member, by email, and their role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Membership
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
