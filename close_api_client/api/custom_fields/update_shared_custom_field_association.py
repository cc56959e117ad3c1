from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_custom_field_association import SharedCustomFieldAssociation
from ...models.shared_custom_field_association_update import SharedCustomFieldAssociationUpdate
from ...types import Response, build_response, path_segment

OPERATION = "PUT /custom_field/shared/{id}/association/{object_type}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    object_type: str,
    *,
    body: SharedCustomFieldAssociationUpdate,
) -> dict[str, Any]:
    if not isinstance(body, SharedCustomFieldAssociationUpdate):
        raise TypeError(
            f"body must be a SharedCustomFieldAssociationUpdate, got {type(body).__name__}"
            " (build one with SharedCustomFieldAssociationUpdate(...) or SharedCustomFieldAssociationUpdate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_field/shared/{id}/association/{object_type}/".format(
            id=path_segment("id", id),
            object_type=path_segment("object_type", object_type),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {
            "close_path_template": "/custom_field/shared/{id}/association/{object_type}/"
        },
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: SharedCustomFieldAssociationUpdate,
) -> Response[SharedCustomFieldAssociation]:
    """Update a shared custom field association

     Changes `required` or `editable_with_roles` of the association; nothing else can change.

    Args:
        id (str): The object's id.
        object_type (str): The associated object type: `lead`, `contact`, `opportunity`,
            `custom_activity_type/<custom activity type id>` or
            `custom_object_type/<custom object type id>`.
        body (SharedCustomFieldAssociationUpdate): Changes to an association (a patch); only these
            two settings can change.

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
    object_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldAssociationUpdate,
) -> SharedCustomFieldAssociation:
    """Update a shared custom field association

     Changes `required` or `editable_with_roles` of the association; nothing else can change.

    Args:
        id (str): The object's id.
        object_type (str): The associated object type: `lead`, `contact`, `opportunity`,
            `custom_activity_type/<custom activity type id>` or
            `custom_object_type/<custom object type id>`.
        body (SharedCustomFieldAssociationUpdate): Changes to an association (a patch); only these
            two settings can change.

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
            body=body,
        )
    ).parsed
