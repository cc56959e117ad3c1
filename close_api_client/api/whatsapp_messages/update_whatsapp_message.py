from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.whats_app_message_activity import WhatsAppMessageActivity
from ...models.whats_app_message_activity_update import WhatsAppMessageActivityUpdate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: WhatsAppMessageActivityUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/activity/whatsapp_message/{id}/".format(
            id=quote(str(id), safe=""),
        ),
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WhatsAppMessageActivityUpdate,
) -> Response[WhatsAppMessageActivity]:
    """Update a WhatsAppMessage activity

     Changes only the fields sent, e.g. an edited `message_markdown`.

    Args:
        id (str):
        body (WhatsAppMessageActivityUpdate): Fields to change on a WhatsApp message activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WhatsAppMessageActivity]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /activity/whatsapp_message/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WhatsAppMessageActivityUpdate,
) -> WhatsAppMessageActivity | None:
    """Update a WhatsAppMessage activity

     Changes only the fields sent, e.g. an edited `message_markdown`.

    Args:
        id (str):
        body (WhatsAppMessageActivityUpdate): Fields to change on a WhatsApp message activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WhatsAppMessageActivity
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
