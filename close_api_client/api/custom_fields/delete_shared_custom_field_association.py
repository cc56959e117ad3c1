from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response, build_response, path_segment

OPERATION = "DELETE /custom_field/shared/{id}/association/{object_type}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    object_type: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    object_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Disassociate a shared custom field from an object type

     Removes the association: the field disappears from that object type's responses, its
    stored values there are permanently deleted, and any `required` rule goes with it.

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
        Response[None]: status, headers, raw content and ``parsed``.
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
) -> None:
    """Disassociate a shared custom field from an object type

     Removes the association: the field disappears from that object type's responses, its
    stored values there are permanently deleted, and any `required` rule goes with it.

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
        None
    """

    return (
        await asyncio_detailed(
            id=id,
            object_type=object_type,
            client=client,
        )
    ).parsed
