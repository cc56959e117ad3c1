from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_activity import CustomActivity
from ...models.custom_activity_update import CustomActivityUpdate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: CustomActivityUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/activity/custom/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomActivity | None:
    if response.status_code == 200:
        response_200 = CustomActivity.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityUpdate,
) -> Response[CustomActivity]:
    """Update a Custom activity

     Adds, changes or removes (`custom.<field id>: null`) field values, or moves the instance between
    `draft` and `published`.

    Args:
        id (str):
        body (CustomActivityUpdate): Fields to change; `custom.<field id>: null` removes a value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActivity]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /activity/custom/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityUpdate,
) -> CustomActivity | None:
    """Update a Custom activity

     Adds, changes or removes (`custom.<field id>: null`) field values, or moves the instance between
    `draft` and `published`.

    Args:
        id (str):
        body (CustomActivityUpdate): Fields to change; `custom.<field id>: null` removes a value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActivity
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
