from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_custom_field_association import SharedCustomFieldAssociation
from ...models.shared_custom_field_association_create import SharedCustomFieldAssociationCreate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: SharedCustomFieldAssociationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_field/shared/{id}/association/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SharedCustomFieldAssociation | None:
    if response.status_code == 201:
        response_201 = SharedCustomFieldAssociation.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldAssociationCreate,
) -> Response[SharedCustomFieldAssociation]:
    """Associate a shared custom field with an object type

     Makes the shared custom field (path `id`) settable on an object type: `lead`, `contact`,
    `opportunity`, a custom activity type (`custom_activity_type_id`) or a custom object type
    (`custom_object_type_id`). `editable_with_roles` and `required` are per association.

    Args:
        id (str):
        body (SharedCustomFieldAssociationCreate): A new association of a shared custom field with
            an object type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SharedCustomFieldAssociation]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /custom_field/shared/{id}/association/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldAssociationCreate,
) -> SharedCustomFieldAssociation | None:
    """Associate a shared custom field with an object type

     Makes the shared custom field (path `id`) settable on an object type: `lead`, `contact`,
    `opportunity`, a custom activity type (`custom_activity_type_id`) or a custom object type
    (`custom_object_type_id`). `editable_with_roles` and `required` are per association.

    Args:
        id (str):
        body (SharedCustomFieldAssociationCreate): A new association of a shared custom field with
            an object type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SharedCustomFieldAssociation
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
