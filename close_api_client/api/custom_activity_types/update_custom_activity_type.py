from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_activity_type import CustomActivityType
from ...models.custom_activity_type_update import CustomActivityTypeUpdate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: CustomActivityTypeUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_activity/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomActivityType | None:
    if response.status_code == 200:
        response_200 = CustomActivityType.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityTypeUpdate,
) -> Response[CustomActivityType]:
    """Update a Custom Activity Type

     Changes `name`, `description`, `api_create_only` or `editable_with_roles`, or reorders the fields by
    sending `fields` as a list of `{id}` (display order only). Adding, changing or removing fields goes
    through the activity custom field endpoints.

    Args:
        id (str):
        body (CustomActivityTypeUpdate): Fields to change on a Custom Activity Type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActivityType]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /custom_activity/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityTypeUpdate,
) -> CustomActivityType | None:
    """Update a Custom Activity Type

     Changes `name`, `description`, `api_create_only` or `editable_with_roles`, or reorders the fields by
    sending `fields` as a list of `{id}` (display order only). Adding, changing or removing fields goes
    through the activity custom field endpoints.

    Args:
        id (str):
        body (CustomActivityTypeUpdate): Fields to change on a Custom Activity Type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActivityType
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
