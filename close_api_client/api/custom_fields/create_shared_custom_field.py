from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field_create import CustomFieldCreate
from ...models.shared_custom_field import SharedCustomField
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: CustomFieldCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_field/shared/",
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
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldCreate,
) -> Response[SharedCustomField]:
    """Create a shared custom field

     Creates a shared custom field (admins only: `manage_organization` permission). It applies to no
    object until associated with an object type.

    Args:
        body (CustomFieldCreate): A new custom field (lead, contact, opportunity or shared).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SharedCustomField]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /custom_field/shared/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldCreate,
) -> SharedCustomField | None:
    """Create a shared custom field

     Creates a shared custom field (admins only: `manage_organization` permission). It applies to no
    object until associated with an object type.

    Args:
        body (CustomFieldCreate): A new custom field (lead, contact, opportunity or shared).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SharedCustomField
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
