from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object_custom_field import CustomObjectCustomField
from ...models.custom_object_custom_field_create import CustomObjectCustomFieldCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: CustomObjectCustomFieldCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_field/custom_object_type/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObjectCustomField | None:
    if response.status_code == 201:
        response_201 = CustomObjectCustomField.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectCustomFieldCreate,
) -> Response[CustomObjectCustomField]:
    """Create a custom object custom field

     Creates a custom object custom field (admins only: `manage_organization` permission).
    `custom_object_type_id` is required; `required` makes a value mandatory on save.

    Args:
        body (CustomObjectCustomFieldCreate): A new custom field of a Custom Object Type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectCustomField]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /custom_field/custom_object_type/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectCustomFieldCreate,
) -> CustomObjectCustomField | None:
    """Create a custom object custom field

     Creates a custom object custom field (admins only: `manage_organization` permission).
    `custom_object_type_id` is required; `required` makes a value mandatory on save.

    Args:
        body (CustomObjectCustomFieldCreate): A new custom field of a Custom Object Type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectCustomField
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
