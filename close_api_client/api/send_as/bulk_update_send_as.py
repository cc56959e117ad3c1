from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_as_bulk_update import SendAsBulkUpdate
from ...models.send_as_list import SendAsList
from ...types import Response, build_response

OPERATION = "POST /send_as/bulk/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: SendAsBulkUpdate,
) -> dict[str, Any]:
    if not isinstance(body, SendAsBulkUpdate):
        raise TypeError(
            f"body must be a SendAsBulkUpdate, got {type(body).__name__}"
            " (build one with SendAsBulkUpdate(...) or SendAsBulkUpdate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/send_as/bulk/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/send_as/bulk/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SendAsList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = SendAsList.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendAsBulkUpdate,
) -> Response[SendAsList]:
    """Edit Send As associations in bulk

     Allows and disallows many users to send as you in one request; returns every association in which
    you are the allowing user afterwards.

    Args:
        body (SendAsBulkUpdate): Users to allow and to disallow sending as you.

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
        Response[SendAsList]: status, headers, raw content and ``parsed``.
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
    body: SendAsBulkUpdate,
) -> SendAsList:
    """Edit Send As associations in bulk

     Allows and disallows many users to send as you in one request; returns every association in which
    you are the allowing user afterwards.

    Args:
        body (SendAsBulkUpdate): Users to allow and to disallow sending as you.

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
        SendAsList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
