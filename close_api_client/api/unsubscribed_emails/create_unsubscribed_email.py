from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unsubscribed_email import UnsubscribedEmail
from ...models.unsubscribed_email_create import UnsubscribedEmailCreate
from ...types import Response, build_response

OPERATION = "POST /unsubscribe/email/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: UnsubscribedEmailCreate,
) -> dict[str, Any]:
    if not isinstance(body, UnsubscribedEmailCreate):
        raise TypeError(
            f"body must be a UnsubscribedEmailCreate, got {type(body).__name__}"
            " (build one with UnsubscribedEmailCreate(...) or UnsubscribedEmailCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/unsubscribe/email/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/unsubscribe/email/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UnsubscribedEmail:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = UnsubscribedEmail.from_dict(response.json())

    return response_201


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UnsubscribedEmailCreate,
) -> Response[UnsubscribedEmail]:
    """Unsubscribe an email address

     Stops bulk and workflow emails from Close to an address, e.g. one that unsubscribed from a mailing
    list elsewhere. Emits an `unsubscribed_email.created` event.

    Args:
        body (UnsubscribedEmailCreate): The address to unsubscribe.

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
        Response[UnsubscribedEmail]: status, headers, raw content and ``parsed``.
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
    body: UnsubscribedEmailCreate,
) -> UnsubscribedEmail:
    """Unsubscribe an email address

     Stops bulk and workflow emails from Close to an address, e.g. one that unsubscribed from a mailing
    list elsewhere. Emits an `unsubscribed_email.created` event.

    Args:
        body (UnsubscribedEmailCreate): The address to unsubscribe.

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
        UnsubscribedEmail
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
