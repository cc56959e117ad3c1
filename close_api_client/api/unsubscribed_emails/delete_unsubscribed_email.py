from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unsubscribed_email import UnsubscribedEmail
from ...types import Response, build_response


def _get_kwargs(
    email_address: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/unsubscribe/email/{email_address}/".format(
            email_address=quote(str(email_address), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UnsubscribedEmail | None:
    if response.status_code == 200:
        response_200 = UnsubscribedEmail.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    email_address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UnsubscribedEmail]:
    """Resubscribe an email address

     Removes an address from the unsubscribed list, so Close emails it again.

    Args:
        email_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnsubscribedEmail]
    """

    kwargs = _get_kwargs(
        email_address=email_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="DELETE /unsubscribe/email/{email_address}/",
    )


async def asyncio(
    email_address: str,
    *,
    client: AuthenticatedClient | Client,
) -> UnsubscribedEmail | None:
    """Resubscribe an email address

     Removes an address from the unsubscribed list, so Close emails it again.

    Args:
        email_address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnsubscribedEmail
    """

    return (
        await asyncio_detailed(
            email_address=email_address,
            client=client,
        )
    ).parsed
