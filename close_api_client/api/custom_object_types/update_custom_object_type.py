from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object_type import CustomObjectType
from ...models.custom_object_type_update import CustomObjectTypeUpdate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: CustomObjectTypeUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_object_type/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObjectType | None:
    if response.status_code == 200:
        response_200 = CustomObjectType.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectTypeUpdate,
) -> Response[CustomObjectType]:
    """Update a custom object type

     Changes the type's names, description, `api_create_only`, `editable_with_roles`, or
    archives it (`is_archived`). Fields cannot be changed here: use the custom object custom
    field and custom field schema endpoints.

    Args:
        id (str):
        body (CustomObjectTypeUpdate): Fields to change on a Custom Object Type (not its fields).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectType]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /custom_object_type/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectTypeUpdate,
) -> CustomObjectType | None:
    """Update a custom object type

     Changes the type's names, description, `api_create_only`, `editable_with_roles`, or
    archives it (`is_archived`). Fields cannot be changed here: use the custom object custom
    field and custom field schema endpoints.

    Args:
        id (str):
        body (CustomObjectTypeUpdate): Fields to change on a Custom Object Type (not its fields).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectType
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
