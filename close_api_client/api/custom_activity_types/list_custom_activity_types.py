from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_activity_type_list import CustomActivityTypeList
from ...types import Response, build_response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/custom_activity/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomActivityTypeList | None:
    if response.status_code == 200:
        response_200 = CustomActivityTypeList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomActivityTypeList]:
    """List Custom Activity Types

     Lists every Custom Activity Type of the organization with its fields' metadata (not paginated).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActivityTypeList]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="GET /custom_activity/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> CustomActivityTypeList | None:
    """List Custom Activity Types

     Lists every Custom Activity Type of the organization with its fields' metadata (not paginated).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActivityTypeList
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
