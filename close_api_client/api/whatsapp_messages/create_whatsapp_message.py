from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.whats_app_message_activity import WhatsAppMessageActivity
from ...models.whats_app_message_activity_create import WhatsAppMessageActivityCreate
from ...types import UNSET, Response, Unset, build_response

OPERATION = "POST /activity/whatsapp_message/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: WhatsAppMessageActivityCreate,
    send_to_inbox: bool | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(body, WhatsAppMessageActivityCreate):
        raise TypeError(
            f"body must be a WhatsAppMessageActivityCreate, got {type(body).__name__}"
            " (build one with WhatsAppMessageActivityCreate(...) or WhatsAppMessageActivityCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["send_to_inbox"] = send_to_inbox

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/whatsapp_message/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/activity/whatsapp_message/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WhatsAppMessageActivity:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = WhatsAppMessageActivity.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WhatsAppMessageActivityCreate,
    send_to_inbox: bool | Unset = UNSET,
) -> Response[WhatsAppMessageActivity]:
    """Create a WhatsAppMessage activity

     Syncs a WhatsApp message into Close. `external_whatsapp_message_id` is the id inside WhatsApp;
    `message_markdown` is the body in WhatsApp Markdown; attachments are uploaded with the Files API
    first (URLs starting `https://app.close.com/go/file/`, 25 MB in total per message); `response_to_id`
    is the Close activity id of the message replied to.

    Args:
        send_to_inbox (bool | Unset): With `direction: incoming`, `true` also creates an Inbox
            notification for the message.
        body (WhatsAppMessageActivityCreate): A WhatsApp message to sync into Close.

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
        Response[WhatsAppMessageActivity]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
        send_to_inbox=send_to_inbox,
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
    body: WhatsAppMessageActivityCreate,
    send_to_inbox: bool | Unset = UNSET,
) -> WhatsAppMessageActivity:
    """Create a WhatsAppMessage activity

     Syncs a WhatsApp message into Close. `external_whatsapp_message_id` is the id inside WhatsApp;
    `message_markdown` is the body in WhatsApp Markdown; attachments are uploaded with the Files API
    first (URLs starting `https://app.close.com/go/file/`, 25 MB in total per message); `response_to_id`
    is the Close activity id of the message replied to.

    Args:
        send_to_inbox (bool | Unset): With `direction: incoming`, `true` also creates an Inbox
            notification for the message.
        body (WhatsAppMessageActivityCreate): A WhatsApp message to sync into Close.

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
        WhatsAppMessageActivity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            send_to_inbox=send_to_inbox,
        )
    ).parsed
