from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field_schema import CustomFieldSchema
from ...models.custom_field_schema_update import CustomFieldSchemaUpdate
from ...types import Response, build_response


def _get_kwargs(
    object_type: str,
    *,
    body: CustomFieldSchemaUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_field_schema/{object_type}/".format(
            object_type=quote(str(object_type), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldSchema | None:
    if response.status_code == 200:
        response_200 = CustomFieldSchema.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    object_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldSchemaUpdate,
) -> Response[CustomFieldSchema]:
    """Reorder the fields of a custom field schema

     Sets the display order of the schema's fields from a `fields` list of `{"id": ...}`;
    fields left out are appended at the end. Fields are removed by deleting or
    disassociating them, not here.

    Args:
        object_type (str):
        body (CustomFieldSchemaUpdate): The new order of a schema's fields; fields left out are
            appended at the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldSchema]
    """

    kwargs = _get_kwargs(
        object_type=object_type,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /custom_field_schema/{object_type}/",
    )


async def asyncio(
    object_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldSchemaUpdate,
) -> CustomFieldSchema | None:
    """Reorder the fields of a custom field schema

     Sets the display order of the schema's fields from a `fields` list of `{"id": ...}`;
    fields left out are appended at the end. Fields are removed by deleting or
    disassociating them, not here.

    Args:
        object_type (str):
        body (CustomFieldSchemaUpdate): The new order of a schema's fields; fields left out are
            appended at the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldSchema
    """

    return (
        await asyncio_detailed(
            object_type=object_type,
            client=client,
            body=body,
        )
    ).parsed
