from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field_schema import CustomFieldSchema
from ...models.custom_field_schema_update import CustomFieldSchemaUpdate
from ...types import Response, build_response, path_segment

OPERATION = "PUT /custom_field_schema/{object_type}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    object_type: str,
    *,
    body: CustomFieldSchemaUpdate,
) -> dict[str, Any]:
    if not isinstance(body, CustomFieldSchemaUpdate):
        raise TypeError(
            f"body must be a CustomFieldSchemaUpdate, got {type(body).__name__}"
            " (build one with CustomFieldSchemaUpdate(...) or CustomFieldSchemaUpdate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_field_schema/{object_type}/".format(
            object_type=path_segment("object_type", object_type),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/custom_field_schema/{object_type}/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldSchema:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = CustomFieldSchema.from_dict(response.json())

    return response_200


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
        object_type (str): The object type: `lead`, `contact`, `opportunity`, `activity/<custom
            activity type id>`
            or `custom_object/<custom object type id>`.
        body (CustomFieldSchemaUpdate): The new order of a schema's fields; fields left out are
            appended at the end.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        Response[CustomFieldSchema]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        object_type=object_type,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation=OPERATION,
    )


async def asyncio(
    object_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldSchemaUpdate,
) -> CustomFieldSchema:
    """Reorder the fields of a custom field schema

     Sets the display order of the schema's fields from a `fields` list of `{"id": ...}`;
    fields left out are appended at the end. Fields are removed by deleting or
    disassociating them, not here.

    Args:
        object_type (str): The object type: `lead`, `contact`, `opportunity`, `activity/<custom
            activity type id>`
            or `custom_object/<custom object type id>`.
        body (CustomFieldSchemaUpdate): The new order of a schema's fields; fields left out are
            appended at the end.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

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
