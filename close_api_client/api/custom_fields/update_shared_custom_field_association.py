from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_custom_field_association import SharedCustomFieldAssociation
from ...models.shared_custom_field_association_update import SharedCustomFieldAssociationUpdate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    object_type: str,
    *,
    body: SharedCustomFieldAssociationUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_field/shared/{id}/association/{object_type}/".format(
            id=quote(str(id), safe=""),
            object_type=quote(str(object_type), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SharedCustomFieldAssociation | None:
    if response.status_code == 200:
        response_200 = SharedCustomFieldAssociation.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    object_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldAssociationUpdate,
) -> Response[SharedCustomFieldAssociation]:
    """Update a shared custom field association

     Changes `required` or `editable_with_roles` of the association; nothing else can change.

    Args:
        id (str):
        object_type (str):
        body (SharedCustomFieldAssociationUpdate): Changes to an association (a patch); only these
            two settings can change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SharedCustomFieldAssociation]
    """

    kwargs = _get_kwargs(
        id=id,
        object_type=object_type,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /custom_field/shared/{id}/association/{object_type}/",
    )


async def asyncio(
    id: str,
    object_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldAssociationUpdate,
) -> SharedCustomFieldAssociation | None:
    """Update a shared custom field association

     Changes `required` or `editable_with_roles` of the association; nothing else can change.

    Args:
        id (str):
        object_type (str):
        body (SharedCustomFieldAssociationUpdate): Changes to an association (a patch); only these
            two settings can change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SharedCustomFieldAssociation
    """

    return (
        await asyncio_detailed(
            id=id,
            object_type=object_type,
            client=client,
            body=body,
        )
    ).parsed
