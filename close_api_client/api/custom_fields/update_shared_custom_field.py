from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_custom_field import SharedCustomField
from ...models.shared_custom_field_update import SharedCustomFieldUpdate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: SharedCustomFieldUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_field/shared/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SharedCustomField | None:
    if response.status_code == 200:
        response_200 = SharedCustomField.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldUpdate,
) -> Response[SharedCustomField]:
    """Update a shared custom field

     Renames the field or changes its `choices`; `type` cannot change. Per-object-type settings live on
    the associations.

    Args:
        id (str):
        body (SharedCustomFieldUpdate): Changes to a shared custom field (a patch); `type` cannot
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SharedCustomField]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /custom_field/shared/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldUpdate,
) -> SharedCustomField | None:
    """Update a shared custom field

     Renames the field or changes its `choices`; `type` cannot change. Per-object-type settings live on
    the associations.

    Args:
        id (str):
        body (SharedCustomFieldUpdate): Changes to a shared custom field (a patch); `type` cannot
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SharedCustomField
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
