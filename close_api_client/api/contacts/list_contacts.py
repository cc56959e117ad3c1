from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list import ContactList
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_skip"] = skip

    params["_limit"] = limit

    params["_fields"] = fields

    params["lead_id"] = lead_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contact/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactList | None:
    if response.status_code == 200:
        response_200 = ContactList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
) -> Response[ContactList]:
    """List contacts

     Lists contacts of all leads page by page (`_skip`/`_limit`). To search for contacts,
    Close recommends querying leads (or advanced filtering) and reading their contacts.

    Args:
        skip (int | Unset):
        limit (int | Unset):
        fields (str | Unset):
        lead_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList]
    """

    kwargs = _get_kwargs(
        skip=skip,
        limit=limit,
        fields=fields,
        lead_id=lead_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="GET /contact/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
) -> ContactList | None:
    """List contacts

     Lists contacts of all leads page by page (`_skip`/`_limit`). To search for contacts,
    Close recommends querying leads (or advanced filtering) and reading their contacts.

    Args:
        skip (int | Unset):
        limit (int | Unset):
        fields (str | Unset):
        lead_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList
    """

    return (
        await asyncio_detailed(
            client=client,
            skip=skip,
            limit=limit,
            fields=fields,
            lead_id=lead_id,
        )
    ).parsed
