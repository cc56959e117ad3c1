from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.whats_app_message_activity import WhatsAppMessageActivity
from ...models.whats_app_message_activity_create import WhatsAppMessageActivityCreate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    body: WhatsAppMessageActivityCreate,
    send_to_inbox: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["send_to_inbox"] = send_to_inbox

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/whatsapp_message/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WhatsAppMessageActivity | None:
    if response.status_code == 200:
        response_200 = WhatsAppMessageActivity.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        send_to_inbox (bool | Unset):
        body (WhatsAppMessageActivityCreate): A WhatsApp message to sync into Close.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WhatsAppMessageActivity]
    """

    kwargs = _get_kwargs(
        body=body,
        send_to_inbox=send_to_inbox,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /activity/whatsapp_message/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WhatsAppMessageActivityCreate,
    send_to_inbox: bool | Unset = UNSET,
) -> WhatsAppMessageActivity | None:
    """Create a WhatsAppMessage activity

     Syncs a WhatsApp message into Close. `external_whatsapp_message_id` is the id inside WhatsApp;
    `message_markdown` is the body in WhatsApp Markdown; attachments are uploaded with the Files API
    first (URLs starting `https://app.close.com/go/file/`, 25 MB in total per message); `response_to_id`
    is the Close activity id of the message replied to.

    Args:
        send_to_inbox (bool | Unset):
        body (WhatsAppMessageActivityCreate): A WhatsApp message to sync into Close.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
