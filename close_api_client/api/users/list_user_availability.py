from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_availability_list import UserAvailabilityList
from ...types import UNSET, Response, Unset, build_response


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
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserAvailabilityList | None:
    if response.status_code == 200:
        response_200 = UserAvailabilityList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str | Unset = UNSET,
) -> Response[UserAvailabilityList]:
    """Get the availability of users

     Returns, for every user of an organization, whether they are online on each client (web, native app,
    mobile) and the calls they are on right now (`active_calls`).

    Args:
        organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserAvailabilityList]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="GET /user/availability/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    organization_id: str | Unset = UNSET,
) -> UserAvailabilityList | None:
    """Get the availability of users

     Returns, for every user of an organization, whether they are online on each client (web, native app,
    mobile) and the calls they are on right now (`active_calls`).

    Args:
        organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserAvailabilityList
    """

    return (
        await asyncio_detailed(
            client=client,
            organization_id=organization_id,
        )
    ).parsed
