from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_update import ContactUpdate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    id: str,
    *,
    body: ContactUpdate,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/contact/{id}/".format(
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
) -> Contact | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdate,
    fields: str | Unset = UNSET,
) -> Response[Contact]:
    """Update a contact

     Changes only the fields sent. `custom.<field id>: null` unsets a custom field; for a
    multi-value field, `custom.<field id>.add` / `.remove` add or remove a single value.

    Args:
        id (str):
        fields (str | Unset):
        body (ContactUpdate): Fields to change on a contact (a patch). `custom.<field id>: null`
            unsets a custom
            field; `custom.<field id>.add` / `.remove` change one value of a multi-value field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /contact/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdate,
    fields: str | Unset = UNSET,
) -> Contact | None:
    """Update a contact

     Changes only the fields sent. `custom.<field id>: null` unsets a custom field; for a
    multi-value field, `custom.<field id>.add` / `.remove` add or remove a single value.

    Args:
        id (str):
        fields (str | Unset):
        body (ContactUpdate): Fields to change on a contact (a patch). `custom.<field id>: null`
            unsets a custom
            field; `custom.<field id>.add` / `.remove` change one value of a multi-value field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
