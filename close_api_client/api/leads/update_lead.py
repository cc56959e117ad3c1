from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lead import Lead
from ...models.lead_update import LeadUpdate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: LeadUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/lead/{id}/".format(
            id=quote(str(id), safe=""),
        ),
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LeadUpdate,
) -> Response[Lead]:
    """Update a lead

     Changes only the fields sent (every PUT in Close is a patch). A custom field is unset
    with `"custom.<field id>": null`; for multi-value fields, `custom.<field id>.add` and
    `.remove` add or remove one value.

    Args:
        id (str):
        body (LeadUpdate): Fields to change on a lead (a patch). `custom.<field id>: null` unsets
            a custom field;
            `custom.<field id>.add` / `.remove` change one value of a multi-value field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Lead]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /lead/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LeadUpdate,
) -> Lead | None:
    """Update a lead

     Changes only the fields sent (every PUT in Close is a patch). A custom field is unset
    with `"custom.<field id>": null`; for multi-value fields, `custom.<field id>.add` and
    `.remove` add or remove one value.

    Args:
        id (str):
        body (LeadUpdate): Fields to change on a lead (a patch). `custom.<field id>: null` unsets
            a custom field;
            `custom.<field id>.add` / `.remove` change one value of a multi-value field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Lead
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
