from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object_custom_field import CustomObjectCustomField
from ...models.custom_object_custom_field_update import CustomObjectCustomFieldUpdate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: CustomObjectCustomFieldUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_field/custom_object_type/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObjectCustomField | None:
    if response.status_code == 200:
        response_200 = CustomObjectCustomField.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectCustomFieldUpdate,
) -> Response[CustomObjectCustomField]:
    """Update a custom object custom field

     Renames the field, changes `accepts_multiple_values`, `required`, `editable_with_roles` or
    `choices`; `custom_object_type_id` and `type` cannot change.

    Args:
        id (str):
        body (CustomObjectCustomFieldUpdate): Changes to a custom object custom field (a patch);
            `custom_object_type_id` and `type` cannot change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectCustomField]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /custom_field/custom_object_type/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectCustomFieldUpdate,
) -> CustomObjectCustomField | None:
    """Update a custom object custom field

     Renames the field, changes `accepts_multiple_values`, `required`, `editable_with_roles` or
    `choices`; `custom_object_type_id` and `type` cannot change.

    Args:
        id (str):
        body (CustomObjectCustomFieldUpdate): Changes to a custom object custom field (a patch);
            `custom_object_type_id` and `type` cannot change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectCustomField
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
