from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object import CustomObject
from ...models.custom_object_update import CustomObjectUpdate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: CustomObjectUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_object/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObject | None:
    if response.status_code == 200:
        response_200 = CustomObject.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectUpdate,
) -> Response[CustomObject]:
    """Update a custom object

     Changes `name` and custom field values (`custom.<field id>`); a value sent as `null`
    removes it. Only the fields sent change.

    Args:
        id (str):
        body (CustomObjectUpdate): Changes to a custom object: `name`, and custom field values as
            additional properties
            `custom.<field id>` (`null` removes a value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObject]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /custom_object/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectUpdate,
) -> CustomObject | None:
    """Update a custom object

     Changes `name` and custom field values (`custom.<field id>`); a value sent as `null`
    removes it. Only the fields sent change.

    Args:
        id (str):
        body (CustomObjectUpdate): Changes to a custom object: `name`, and custom field values as
            additional properties
            `custom.<field id>` (`null` removes a value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObject
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
