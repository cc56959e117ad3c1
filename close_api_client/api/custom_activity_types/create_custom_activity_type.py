from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_activity_type import CustomActivityType
from ...models.custom_activity_type_create import CustomActivityTypeCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: CustomActivityTypeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_activity/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomActivityType | None:
    if response.status_code == 201:
        response_201 = CustomActivityType.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityTypeCreate,
) -> Response[CustomActivityType]:
    """Create a Custom Activity Type

     Creates a Custom Activity Type. Add its fields afterwards with the activity custom field endpoints
    (`/custom_field/activity/`).

    Args:
        body (CustomActivityTypeCreate): A new Custom Activity Type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActivityType]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /custom_activity/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityTypeCreate,
) -> CustomActivityType | None:
    """Create a Custom Activity Type

     Creates a Custom Activity Type. Add its fields afterwards with the activity custom field endpoints
    (`/custom_field/activity/`).

    Args:
        body (CustomActivityTypeCreate): A new Custom Activity Type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActivityType
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
