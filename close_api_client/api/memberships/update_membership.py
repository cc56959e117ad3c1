from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membership import Membership
from ...models.membership_update import MembershipUpdate
from ...types import Response, build_response, path_segment

OPERATION = "PUT /membership/{id}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    *,
    body: MembershipUpdate,
) -> dict[str, Any]:
    if not isinstance(body, MembershipUpdate):
        raise TypeError(
            f"body must be a MembershipUpdate, got {type(body).__name__}"
            " (build one with MembershipUpdate(...) or MembershipUpdate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/membership/{id}/".format(
            id=path_segment("id", id),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/membership/{id}/"},
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembershipUpdate,
) -> Response[Membership]:
    """Update a membership

     Changes a member's settings: role (`admin`, `superuser`, `user`, `restricteduser` or a custom role
    id), call recording, default caller id, voicemail drop, email-open tracking.

    Args:
        id (str): The object's id.
        body (MembershipUpdate): Member settings to change.

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
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation=OPERATION,
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembershipUpdate,
) -> Membership:
    """Update a membership

     Changes a member's settings: role (`admin`, `superuser`, `user`, `restricteduser` or a custom role
    id), call recording, default caller id, voicemail drop, email-open tracking.

    Args:
        id (str): The object's id.
        body (MembershipUpdate): Member settings to change.

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
            id=id,
            client=client,
            body=body,
        )
    ).parsed
