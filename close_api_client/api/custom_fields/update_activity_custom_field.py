from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_custom_field import ActivityCustomField
from ...models.activity_custom_field_update import ActivityCustomFieldUpdate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: ActivityCustomFieldUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_field/activity/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityCustomField | None:
    if response.status_code == 200:
        response_200 = ActivityCustomField.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActivityCustomFieldUpdate,
) -> Response[ActivityCustomField]:
    """Update an activity custom field

     Renames the field, changes `accepts_multiple_values`, `required`, `editable_with_roles` or
    `choices`; `custom_activity_type_id` cannot change.

    Args:
        id (str):
        body (ActivityCustomFieldUpdate): Changes to an activity custom field (a patch);
            `custom_activity_type_id` cannot change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityCustomField]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /custom_field/activity/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActivityCustomFieldUpdate,
) -> ActivityCustomField | None:
    """Update an activity custom field

     Renames the field, changes `accepts_multiple_values`, `required`, `editable_with_roles` or
    `choices`; `custom_activity_type_id` cannot change.

    Args:
        id (str):
        body (ActivityCustomFieldUpdate): Changes to an activity custom field (a patch);
            `custom_activity_type_id` cannot change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityCustomField
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
