from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field_schema import CustomFieldSchema
from ...types import Response, build_response, path_segment

OPERATION = "GET /custom_field_schema/{object_type}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    object_type: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/custom_field_schema/{object_type}/".format(
            object_type=path_segment("object_type", object_type),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/custom_field_schema/{object_type}/"},
    }

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
) -> Response[CustomFieldSchema]:
    """Get a custom field schema

     Returns every custom field (regular and shared) that can be set on an object type, in
    the order defined for it: the way to answer "which custom fields can I set here?".

    Args:
        object_type (str): The object type: `lead`, `contact`, `opportunity`, `activity/<custom
            activity type id>`
            or `custom_object/<custom object type id>`.

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
) -> CustomFieldSchema:
    """Get a custom field schema

     Returns every custom field (regular and shared) that can be set on an object type, in
    the order defined for it: the way to answer "which custom fields can I set here?".

    Args:
        object_type (str): The object type: `lead`, `contact`, `opportunity`, `activity/<custom
            activity type id>`
            or `custom_object/<custom object type id>`.

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
        )
    ).parsed
