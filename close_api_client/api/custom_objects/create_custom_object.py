from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object import CustomObject
from ...models.custom_object_create import CustomObjectCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: CustomObjectCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_object/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObject | None:
    if response.status_code == 201:
        response_201 = CustomObject.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectCreate,
) -> Response[CustomObject]:
    """Create a custom object

     Creates an instance of a Custom Object Type on a lead. The type decides which custom
    fields can be set, as `custom.<field id>` keys (lists for multi-value fields).

    Args:
        body (CustomObjectCreate): A new custom object. Custom field values go in additional
            properties `custom.<field id>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /custom_object/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectCreate,
) -> CustomObject | None:
    """Create a custom object

     Creates an instance of a Custom Object Type on a lead. The type decides which custom
    fields can be set, as `custom.<field id>` keys (lists for multi-value fields).

    Args:
        body (CustomObjectCreate): A new custom object. Custom field values go in additional
            properties `custom.<field id>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
