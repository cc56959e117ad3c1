from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_create import ContactCreate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    body: ContactCreate,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Contact | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreate,
    fields: str | Unset = UNSET,
) -> Response[Contact]:
    """Create a contact

     Creates a contact on the lead given by `lead_id`, with its phones, emails, URLs and
    custom field values (`custom.<field id>` keys). Phone numbers are normalized to E.164.

    Args:
        fields (str | Unset):
        body (ContactCreate): A new contact. Custom field values go in `custom.<field id>` keys
            (additional
            properties).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /contact/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreate,
    fields: str | Unset = UNSET,
) -> Contact | None:
    """Create a contact

     Creates a contact on the lead given by `lead_id`, with its phones, emails, URLs and
    custom field values (`custom.<field id>` keys). Phone numbers are normalized to E.164.

    Args:
        fields (str | Unset):
        body (ContactCreate): A new contact. Custom field values go in `custom.<field id>` keys
            (additional
            properties).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
