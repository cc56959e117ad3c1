from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.shared_custom_field_association import SharedCustomFieldAssociation
from ...models.shared_custom_field_association_create import SharedCustomFieldAssociationCreate
from ...types import Response, build_response, path_segment

OPERATION = "POST /custom_field/shared/{id}/association/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    *,
    body: SharedCustomFieldAssociationCreate,
) -> dict[str, Any]:
    if not isinstance(body, SharedCustomFieldAssociationCreate):
        raise TypeError(
            f"body must be a SharedCustomFieldAssociationCreate, got {type(body).__name__}"
            " (build one with SharedCustomFieldAssociationCreate(...) or SharedCustomFieldAssociationCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_field/shared/{id}/association/".format(
            id=path_segment("id", id),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/custom_field/shared/{id}/association/"},
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
    response_201 = SharedCustomFieldAssociation.from_dict(response.json())

    return response_201


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedCustomFieldAssociationCreate,
) -> Response[SharedCustomFieldAssociation]:
    """Associate a shared custom field with an object type

     Makes the shared custom field (path `id`) settable on an object type: `lead`, `contact`,
    `opportunity`, a custom activity type (`custom_activity_type_id`) or a custom object type
    (`custom_object_type_id`). `editable_with_roles` and `required` are per association.

    Args:
        id (str): The object's id.
        body (SharedCustomFieldAssociationCreate): A new association of a shared custom field with
            an object type.

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
    body: SharedCustomFieldAssociationCreate,
) -> SharedCustomFieldAssociation:
    """Associate a shared custom field with an object type

     Makes the shared custom field (path `id`) settable on an object type: `lead`, `contact`,
    `opportunity`, a custom activity type (`custom_activity_type_id`) or a custom object type
    (`custom_object_type_id`). `editable_with_roles` and `required` are per association.

    Args:
        id (str): The object's id.
        body (SharedCustomFieldAssociationCreate): A new association of a shared custom field with
            an object type.

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
            client=client,
            body=body,
        )
    ).parsed
