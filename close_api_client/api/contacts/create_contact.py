from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_create import ContactCreate
from ...types import UNSET, Response, Unset, build_response

OPERATION = "POST /contact/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: ContactCreate,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(body, ContactCreate):
        raise TypeError(
            f"body must be a ContactCreate, got {type(body).__name__}"
            " (build one with ContactCreate(...) or ContactCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/contact/"},
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
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreate,
    fields: str | Unset = UNSET,
) -> Response[Contact]:
    """Create a contact

     Creates a contact on the lead given by `lead_id`, with its phones, emails, URLs and
    custom field values (`custom.<field id>` keys). Phone numbers are normalized to E.164.

    Args:
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        body (ContactCreate): A new contact. Custom field values go in `custom.<field id>` keys
            (additional
            properties).

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
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreate,
    fields: str | Unset = UNSET,
) -> Contact:
    """Create a contact

     Creates a contact on the lead given by `lead_id`, with its phones, emails, URLs and
    custom field values (`custom.<field id>` keys). Phone numbers are normalized to E.164.

    Args:
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        body (ContactCreate): A new contact. Custom field values go in `custom.<field id>` keys
            (additional
            properties).

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
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
