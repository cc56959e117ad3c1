from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object import CustomObject
from ...models.custom_object_create import CustomObjectCreate
from ...types import Response, build_response

OPERATION = "POST /custom_object/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: CustomObjectCreate,
) -> dict[str, Any]:
    if not isinstance(body, CustomObjectCreate):
        raise TypeError(
            f"body must be a CustomObjectCreate, got {type(body).__name__}"
            " (build one with CustomObjectCreate(...) or CustomObjectCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_object/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/custom_object/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObject:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = CustomObject.from_dict(response.json())

    return response_201


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectCreate,
) -> Response[CustomObject]:
    """Create a custom object

     Creates an instance of a Custom Object Type on a lead. The type decides which custom
    fields can be set, as `custom.<field id>` keys (lists for multi-value fields).

    Args:
        body (CustomObjectCreate): A new custom object. Custom field values go in additional
            properties `custom.<field id>`.

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
        Response[CustomObject]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation=OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectCreate,
) -> CustomObject:
    """Create a custom object

     Creates an instance of a Custom Object Type on a lead. The type decides which custom
    fields can be set, as `custom.<field id>` keys (lists for multi-value fields).

    Args:
        body (CustomObjectCreate): A new custom object. Custom field values go in additional
            properties `custom.<field id>`.

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
        CustomObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
