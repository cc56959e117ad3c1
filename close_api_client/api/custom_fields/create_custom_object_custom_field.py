from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_object_custom_field import CustomObjectCustomField
from ...models.custom_object_custom_field_create import CustomObjectCustomFieldCreate
from ...types import Response, build_response

OPERATION = "POST /custom_field/custom_object_type/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: CustomObjectCustomFieldCreate,
) -> dict[str, Any]:
    if not isinstance(body, CustomObjectCustomFieldCreate):
        raise TypeError(
            f"body must be a CustomObjectCustomFieldCreate, got {type(body).__name__}"
            " (build one with CustomObjectCustomFieldCreate(...) or CustomObjectCustomFieldCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_field/custom_object_type/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/custom_field/custom_object_type/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomObjectCustomField:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = CustomObjectCustomField.from_dict(response.json())

    return response_201


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomObjectCustomFieldCreate,
) -> Response[CustomObjectCustomField]:
    """Create a custom object custom field

     Creates a custom object custom field (admins only: `manage_organization` permission).
    `custom_object_type_id` is required; `required` makes a value mandatory on save.

    Args:
        body (CustomObjectCustomFieldCreate): A new custom field of a Custom Object Type.

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
        Response[CustomObjectCustomField]: status, headers, raw content and ``parsed``.
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
    body: CustomObjectCustomFieldCreate,
) -> CustomObjectCustomField:
    """Create a custom object custom field

     Creates a custom object custom field (admins only: `manage_organization` permission).
    `custom_object_type_id` is required; `required` makes a value mandatory on save.

    Args:
        body (CustomObjectCustomFieldCreate): A new custom field of a Custom Object Type.

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
        CustomObjectCustomField
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
