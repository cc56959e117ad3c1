from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unsubscribed_email import UnsubscribedEmail
from ...types import Response, build_response, path_segment

OPERATION = "DELETE /unsubscribe/email/{email_address}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    email_address: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/unsubscribe/email/{email_address}/".format(
            email_address=path_segment("email_address", email_address),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/unsubscribe/email/{email_address}/"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UnsubscribedEmail:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = UnsubscribedEmail.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    email_address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UnsubscribedEmail]:
    """Resubscribe an email address

     Removes an address from the unsubscribed list, so Close emails it again.

    Args:
        email_address (str): The unsubscribed email address.

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
        email_address=email_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation=OPERATION,
    )


async def asyncio(
    email_address: str,
    *,
    client: AuthenticatedClient | Client,
) -> UnsubscribedEmail:
    """Resubscribe an email address

     Removes an address from the unsubscribed list, so Close emails it again.

    Args:
        email_address (str): The unsubscribed email address.

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
            email_address=email_address,
            client=client,
        )
    ).parsed
