from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_availability_list import UserAvailabilityList
from ...types import UNSET, Response, Unset, build_response

OPERATION = "GET /user/availability/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    organization_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["organization_id"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/availability/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/user/availability/"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserAvailabilityList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = UserAvailabilityList.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str | Unset = UNSET,
) -> Response[UserAvailabilityList]:
    """Get the availability of users

     Returns, for every user of an organization, whether they are online on each client (web, native app,
    mobile) and the calls they are on right now (`active_calls`).

    Args:
        organization_id (str | Unset): The organization whose users to report on.

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
        Response[UserAvailabilityList]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
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
    organization_id: str | Unset = UNSET,
) -> UserAvailabilityList:
    """Get the availability of users

     Returns, for every user of an organization, whether they are online on each client (web, native app,
    mobile) and the calls they are on right now (`active_calls`).

    Args:
        organization_id (str | Unset): The organization whose users to report on.

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
        UserAvailabilityList
    """

    return (
        await asyncio_detailed(
            client=client,
            organization_id=organization_id,
        )
    ).parsed
