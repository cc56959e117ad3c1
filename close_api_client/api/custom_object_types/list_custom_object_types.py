from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object_type_list import CustomObjectTypeList
from ...types import Response, build_response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/custom_object_type/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObjectTypeList | None:
    if response.status_code == 200:
        response_200 = CustomObjectTypeList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomObjectTypeList]:
    """List custom object types

     Lists all Custom Object Types with their field metadata: `fields` (the type's own custom
    fields) and `back_reference_fields` (fields of other objects that reference the type).
    Not paginated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomObjectTypeList]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="GET /custom_object_type/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> CustomObjectTypeList | None:
    """List custom object types

     Lists all Custom Object Types with their field metadata: `fields` (the type's own custom
    fields) and `back_reference_fields` (fields of other objects that reference the type).
    Not paginated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomObjectTypeList
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
