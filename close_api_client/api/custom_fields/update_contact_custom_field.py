from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field import CustomField
from ...models.custom_field_update import CustomFieldUpdate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: CustomFieldUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_field/contact/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomField | None:
    if response.status_code == 200:
        response_200 = CustomField.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldUpdate,
) -> Response[CustomField]:
    """Update a contact custom field

     Renames the field, changes its type, `accepts_multiple_values` or `choices`. A type change that
    converts stored values returns `converting_to_type` until the conversion is done.

    Args:
        id (str):
        body (CustomFieldUpdate): Changes to a lead, contact or opportunity custom field (a
            patch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomField]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /custom_field/contact/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldUpdate,
) -> CustomField | None:
    """Update a contact custom field

     Renames the field, changes its type, `accepts_multiple_values` or `choices`. A type change that
    converts stored values returns `converting_to_type` until the conversion is done.

    Args:
        id (str):
        body (CustomFieldUpdate): Changes to a lead, contact or opportunity custom field (a
            patch).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomField
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
