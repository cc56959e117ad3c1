from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object_type import CustomObjectType
from ...models.custom_object_type_create import CustomObjectTypeCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: CustomObjectTypeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_object_type/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObjectType | None:
    if response.status_code == 201:
        response_201 = CustomObjectType.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectTypeCreate,
) -> Response[CustomObjectType]:
    """Create a custom object type

     Creates a Custom Object Type. Its fields are added afterwards, as custom object custom
    fields or by associating shared custom fields.

    Args:
        body (CustomObjectTypeCreate): A new Custom Object Type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectType]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /custom_object_type/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectTypeCreate,
) -> CustomObjectType | None:
    """Create a custom object type

     Creates a Custom Object Type. Its fields are added afterwards, as custom object custom
    fields or by associating shared custom fields.

    Args:
        body (CustomObjectTypeCreate): A new Custom Object Type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectType
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
