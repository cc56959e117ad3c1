from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lead import Lead
from ...models.lead_create import LeadCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: LeadCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lead/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Lead | None:
    if response.status_code == 200:
        response_200 = Lead.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LeadCreate,
) -> Response[Lead]:
    """Create a lead

     Creates a lead; contacts, addresses and custom field values (`custom.<field id>`) can be
    nested in the same request. Tasks, opportunities and activities are created separately.
    Give `status_id` (preferred) or `status` (a label), not both; without either the
    organization's first lead status is used.

    Args:
        body (LeadCreate): A new lead. Custom field values go in `custom.<field id>` keys
            (additional properties).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Lead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /lead/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LeadCreate,
) -> Lead | None:
    """Create a lead

     Creates a lead; contacts, addresses and custom field values (`custom.<field id>`) can be
    nested in the same request. Tasks, opportunities and activities are created separately.
    Give `status_id` (preferred) or `status` (a label), not both; without either the
    organization's first lead status is used.

    Args:
        body (LeadCreate): A new lead. Custom field values go in `custom.<field id>` keys
            (additional properties).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Lead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
