from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_custom_field import ActivityCustomField
from ...models.activity_custom_field_create import ActivityCustomFieldCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: ActivityCustomFieldCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_field/activity/",
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
    *,
    client: AuthenticatedClient | Client,
    body: ActivityCustomFieldCreate,
) -> Response[ActivityCustomField]:
    """Create an activity custom field

     Creates an activity custom field (admins only: `manage_organization` permission).
    `custom_activity_type_id` and `required` are required.

    Args:
        body (ActivityCustomFieldCreate): A new custom field of a Custom Activity Type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityCustomField]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /custom_field/activity/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ActivityCustomFieldCreate,
) -> ActivityCustomField | None:
    """Create an activity custom field

     Creates an activity custom field (admins only: `manage_organization` permission).
    `custom_activity_type_id` and `required` are required.

    Args:
        body (ActivityCustomFieldCreate): A new custom field of a Custom Activity Type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityCustomField
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
