from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lead import Lead
from ...models.lead_create import LeadCreate
from ...types import Response, build_response

OPERATION = "POST /lead/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: LeadCreate,
) -> dict[str, Any]:
    if not isinstance(body, LeadCreate):
        raise TypeError(
            f"body must be a LeadCreate, got {type(body).__name__}"
            " (build one with LeadCreate(...) or LeadCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lead/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/lead/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Lead:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = Lead.from_dict(response.json())

    return response_200


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        Response[Lead]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: LeadCreate,
) -> Lead:
    """Create a lead

     Creates a lead; contacts, addresses and custom field values (`custom.<field id>`) can be
    nested in the same request. Tasks, opportunities and activities are created separately.
    Give `status_id` (preferred) or `status` (a label), not both; without either the
    organization's first lead status is used.

    Args:
        body (LeadCreate): A new lead. Custom field values go in `custom.<field id>` keys
            (additional properties).

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
        Lead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
