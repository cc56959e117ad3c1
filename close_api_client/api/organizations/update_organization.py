from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organization import Organization
from ...models.organization_update import OrganizationUpdate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    id: str,
    *,
    body: OrganizationUpdate,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/organization/{id}/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Organization | None:
    if response.status_code == 200:
        response_200 = Organization.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        id (str):
        expand (str | Unset):
        body (OrganizationUpdate): Fields to change on an organization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Organization]
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
        operation="PUT /organization/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OrganizationUpdate,
    expand: str | Unset = UNSET,
) -> Organization | None:
    """Update an organization

     Changes the organization's `name` or `currency`, or reorders its lead statuses (send every existing
    status id in the new order). Statuses are not created or renamed here.

    Args:
        id (str):
        expand (str | Unset):
        body (OrganizationUpdate): Fields to change on an organization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
