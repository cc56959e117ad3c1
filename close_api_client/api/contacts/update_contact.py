from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_update import ContactUpdate
from ...types import UNSET, Response, Unset, build_response, path_segment

OPERATION = "PUT /contact/{id}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    *,
    body: ContactUpdate,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(body, ContactUpdate):
        raise TypeError(
            f"body must be a ContactUpdate, got {type(body).__name__}"
            " (build one with ContactUpdate(...) or ContactUpdate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/contact/{id}/".format(
            id=path_segment("id", id),
        ),
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/contact/{id}/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Contact:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = Contact.from_dict(response.json())

    return response_200


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
        id (str): The object's id.
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        body (ContactUpdate): Fields to change on a contact (a patch). `custom.<field id>: null`
            unsets a custom
            field; `custom.<field id>.add` / `.remove` change one value of a multi-value field.

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
        Response[Contact]: status, headers, raw content and ``parsed``.
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
        operation=OPERATION,
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactUpdate,
    fields: str | Unset = UNSET,
) -> Contact:
    """Update a contact

     Changes only the fields sent. `custom.<field id>: null` unsets a custom field; for a
    multi-value field, `custom.<field id>.add` / `.remove` add or remove a single value.

    Args:
        id (str): The object's id.
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        body (ContactUpdate): Fields to change on a contact (a patch). `custom.<field id>: null`
            unsets a custom
            field; `custom.<field id>.add` / `.remove` change one value of a multi-value field.

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
