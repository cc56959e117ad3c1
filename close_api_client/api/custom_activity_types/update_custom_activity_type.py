from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_activity_type import CustomActivityType
from ...models.custom_activity_type_update import CustomActivityTypeUpdate
from ...types import Response, build_response, path_segment

OPERATION = "PUT /custom_activity/{id}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    *,
    body: CustomActivityTypeUpdate,
) -> dict[str, Any]:
    if not isinstance(body, CustomActivityTypeUpdate):
        raise TypeError(
            f"body must be a CustomActivityTypeUpdate, got {type(body).__name__}"
            " (build one with CustomActivityTypeUpdate(...) or CustomActivityTypeUpdate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_activity/{id}/".format(
            id=path_segment("id", id),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/custom_activity/{id}/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomActivityType:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = CustomActivityType.from_dict(response.json())

    return response_200


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
        id (str): The object's id.
        body (CustomActivityTypeUpdate): Fields to change on a Custom Activity Type.

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
        Response[CustomActivityType]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation=OPERATION,
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityTypeUpdate,
) -> CustomActivityType:
    """Update a Custom Activity Type

     Changes `name`, `description`, `api_create_only` or `editable_with_roles`, or reorders the fields by
    sending `fields` as a list of `{id}` (display order only). Adding, changing or removing fields goes
    through the activity custom field endpoints.

    Args:
        id (str): The object's id.
        body (CustomActivityTypeUpdate): Fields to change on a Custom Activity Type.

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
        CustomActivityType
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
