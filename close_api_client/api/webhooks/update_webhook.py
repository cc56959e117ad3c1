from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.webhook import Webhook
from ...models.webhook_update import WebhookUpdate
from ...types import Response, build_response, path_segment

OPERATION = "PUT /webhook/{id}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    *,
    body: WebhookUpdate,
) -> dict[str, Any]:
    if not isinstance(body, WebhookUpdate):
        raise TypeError(
            f"body must be a WebhookUpdate, got {type(body).__name__}"
            " (build one with WebhookUpdate(...) or WebhookUpdate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/webhook/{id}/".format(
            id=path_segment("id", id),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/webhook/{id}/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Webhook:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = Webhook.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookUpdate,
) -> Response[Webhook]:
    """Update a webhook subscription

     Changes the URL, the events, `verify_ssl` or the `status`. A subscription paused by Close (backlog
    or failing deliveries) must be set back to `active` here before deliveries resume.

    Args:
        id (str): The object's id.
        body (WebhookUpdate): Fields to change on a webhook subscription.

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
        id=id,
        body=body,
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
    body: WebhookUpdate,
) -> Webhook:
    """Update a webhook subscription

     Changes the URL, the events, `verify_ssl` or the `status`. A subscription paused by Close (backlog
    or failing deliveries) must be set back to `active` here before deliveries resume.

    Args:
        id (str): The object's id.
        body (WebhookUpdate): Fields to change on a webhook subscription.

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
            id=id,
            client=client,
            body=body,
        )
    ).parsed
