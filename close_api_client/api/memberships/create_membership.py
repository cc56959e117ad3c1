from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membership import Membership
from ...models.membership_create import MembershipCreate
from ...types import Response, build_response

OPERATION = "POST /membership/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: MembershipCreate,
) -> dict[str, Any]:
    if not isinstance(body, MembershipCreate):
        raise TypeError(
            f"body must be a MembershipCreate, got {type(body).__name__}"
            " (build one with MembershipCreate(...) or MembershipCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/membership/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/membership/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Membership:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = Membership.from_dict(response.json())

    return response_200


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        Response[Membership]: status, headers, raw content and ``parsed``.
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
    body: MembershipCreate,
) -> Membership:
    """Create a membership

     Makes sure the user with this email is an active member of your organization, creating the user if
    needed. Needs the "Manage Organization" permission and, per the current docs, the organization's
    verified-domain restriction; the role must not grant `manage_organization`. Older docs say the
    endpoint works with OAuth only, not API keys.

    Args:
        body (MembershipCreate): The user to make a member, by email, and their role.

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
        Membership
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
