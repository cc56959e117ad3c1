from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unsubscribed_email import UnsubscribedEmail
from ...models.unsubscribed_email_create import UnsubscribedEmailCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: UnsubscribedEmailCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/unsubscribe/email/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UnsubscribedEmail | None:
    if response.status_code == 201:
        response_201 = UnsubscribedEmail.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnsubscribedEmail]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /unsubscribe/email/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UnsubscribedEmailCreate,
) -> UnsubscribedEmail | None:
    """Unsubscribe an email address

     Stops bulk and workflow emails from Close to an address, e.g. one that unsubscribed from a mailing
    list elsewhere. Emits an `unsubscribed_email.created` event.

    Args:
        body (UnsubscribedEmailCreate): The address to unsubscribe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnsubscribedEmail
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
