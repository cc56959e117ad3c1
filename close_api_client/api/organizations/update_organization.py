from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organization import Organization
from ...models.organization_update import OrganizationUpdate
from ...types import UNSET, Response, Unset, build_response, path_segment

OPERATION = "PUT /organization/{id}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    *,
    body: OrganizationUpdate,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(body, OrganizationUpdate):
        raise TypeError(
            f"body must be a OrganizationUpdate, got {type(body).__name__}"
            " (build one with OrganizationUpdate(...) or OrganizationUpdate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/organization/{id}/".format(
            id=path_segment("id", id),
        ),
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/organization/{id}/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Organization:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = Organization.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationUpdate,
    expand: str | Unset = UNSET,
) -> Response[Organization]:
    """Update an organization

     Changes the organization's `name` or `currency`, or reorders its lead statuses (send every existing
    status id in the new order). Statuses are not created or renamed here.

    Args:
        id (str): The object's id.
        expand (str | Unset): Related objects to expand in the response (comma-separated), as for
            `GET /organization/{id}/`.
        body (OrganizationUpdate): Fields to change on an organization.

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
        Response[Organization]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        expand=expand,
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
    body: OrganizationUpdate,
    expand: str | Unset = UNSET,
) -> Organization:
    """Update an organization

     Changes the organization's `name` or `currency`, or reorders its lead statuses (send every existing
    status id in the new order). Statuses are not created or renamed here.

    Args:
        id (str): The object's id.
        expand (str | Unset): Related objects to expand in the response (comma-separated), as for
            `GET /organization/{id}/`.
        body (OrganizationUpdate): Fields to change on an organization.

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
        Organization
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            expand=expand,
        )
    ).parsed
