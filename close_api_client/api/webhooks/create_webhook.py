from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.webhook import Webhook
from ...models.webhook_create import WebhookCreate
from ...types import Response, build_response

OPERATION = "POST /webhook/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: WebhookCreate,
) -> dict[str, Any]:
    if not isinstance(body, WebhookCreate):
        raise TypeError(
            f"body must be a WebhookCreate, got {type(body).__name__}"
            " (build one with WebhookCreate(...) or WebhookCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhook/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/webhook/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Webhook:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = Webhook.from_dict(response.json())

    return response_201


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreate,
) -> Response[Webhook]:
    """Create a webhook subscription

     Subscribes a URL to event-log events by `object_type` and `action`, optionally narrowed by an
    `extra_filter`. Only this response carries `signature_key`, the hex HMAC key that signs every
    delivery (`close-sig-hash`, `close-sig-timestamp` headers): store it.

    Args:
        body (WebhookCreate): A new webhook subscription.

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
        Response[Webhook]: status, headers, raw content and ``parsed``.
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
    body: WebhookCreate,
) -> Webhook:
    """Create a webhook subscription

     Subscribes a URL to event-log events by `object_type` and `action`, optionally narrowed by an
    `extra_filter`. Only this response carries `signature_key`, the hex HMAC key that signs every
    delivery (`close-sig-hash`, `close-sig-timestamp` headers): store it.

    Args:
        body (WebhookCreate): A new webhook subscription.

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
        Webhook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
