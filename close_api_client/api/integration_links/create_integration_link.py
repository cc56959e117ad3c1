from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_link import IntegrationLink
from ...models.integration_link_create import IntegrationLinkCreate
from ...types import Response, build_response

OPERATION = "POST /integration_link/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: IntegrationLinkCreate,
) -> dict[str, Any]:
    if not isinstance(body, IntegrationLinkCreate):
        raise TypeError(
            f"body must be a IntegrationLinkCreate, got {type(body).__name__}"
            " (build one with IntegrationLinkCreate(...) or IntegrationLinkCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration_link/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/integration_link/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationLink:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = IntegrationLink.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationLinkCreate,
) -> Response[IntegrationLink]:
    """Create an integration link

     Adds a link shown on every lead, contact or opportunity (by `type`); `url` is a template
    such as `https://example.com/?q={{lead.display_name}}`. Admins only.

    Args:
        body (IntegrationLinkCreate): A new integration link.

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
        Response[IntegrationLink]: status, headers, raw content and ``parsed``.
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
    body: IntegrationLinkCreate,
) -> IntegrationLink:
    """Create an integration link

     Adds a link shown on every lead, contact or opportunity (by `type`); `url` is a template
    such as `https://example.com/?q={{lead.display_name}}`. Admins only.

    Args:
        body (IntegrationLinkCreate): A new integration link.

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
        IntegrationLink
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
