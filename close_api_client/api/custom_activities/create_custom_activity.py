from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_activity import CustomActivity
from ...models.custom_activity_create import CustomActivityCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: CustomActivityCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/custom/",
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
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityCreate,
) -> Response[CustomActivity]:
    """Create a Custom activity

     Creates a Custom Activity instance of the given type, with its field values in `custom.<field id>`
    keys. Instances are `published` by default, which validates required fields; send `status: draft` to
    skip that check.

    Args:
        body (CustomActivityCreate): A new Custom Activity instance; field values go in
            `custom.<field id>` keys (additional properties).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActivity]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /activity/custom/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityCreate,
) -> CustomActivity | None:
    """Create a Custom activity

     Creates a Custom Activity instance of the given type, with its field values in `custom.<field id>`
    keys. Instances are `published` by default, which validates required fields; send `status: draft` to
    skip that check.

    Args:
        body (CustomActivityCreate): A new Custom Activity instance; field values go in
            `custom.<field id>` keys (additional properties).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActivity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
