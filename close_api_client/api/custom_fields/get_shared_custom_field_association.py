from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_custom_field_association import SharedCustomFieldAssociation
from ...types import Response, build_response, path_segment

OPERATION = "GET /custom_field/shared/{id}/association/{object_type}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    object_type: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/custom_field/shared/{id}/association/{object_type}/".format(
            id=path_segment("id", id),
            object_type=path_segment("object_type", object_type),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {
            "close_path_template": "/custom_field/shared/{id}/association/{object_type}/"
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SharedCustomFieldAssociation:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = SharedCustomFieldAssociation.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    id: str,
    object_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SharedCustomFieldAssociation]:
    """Get a shared custom field association

     Returns the association of the shared custom field with one object type.

    Args:
        id (str): The object's id.
        object_type (str): The associated object type: `lead`, `contact`, `opportunity`,
            `custom_activity_type/<custom activity type id>` or
            `custom_object_type/<custom object type id>`.

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
        Response[SharedCustomFieldAssociation]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        id=id,
        object_type=object_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation=OPERATION,
    )


async def asyncio(
    id: str,
    object_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> SharedCustomFieldAssociation:
    """Get a shared custom field association

     Returns the association of the shared custom field with one object type.

    Args:
        id (str): The object's id.
        object_type (str): The associated object type: `lead`, `contact`, `opportunity`,
            `custom_activity_type/<custom activity type id>` or
            `custom_object_type/<custom object type id>`.

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
        SharedCustomFieldAssociation
    """

    return (
        await asyncio_detailed(
            id=id,
            object_type=object_type,
            client=client,
        )
    ).parsed
