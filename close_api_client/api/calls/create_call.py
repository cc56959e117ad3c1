from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_activity import CallActivity
from ...models.call_activity_create import CallActivityCreate
from ...types import Response, build_response

OPERATION = "POST /activity/call/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: CallActivityCreate,
) -> dict[str, Any]:
    if not isinstance(body, CallActivityCreate):
        raise TypeError(
            f"body must be a CallActivityCreate, got {type(body).__name__}"
            " (build one with CallActivityCreate(...) or CallActivityCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/call/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/activity/call/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallActivity:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = CallActivity.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CallActivityCreate,
) -> Response[CallActivity]:
    """Log a Call activity

     Logs a call made outside Close's built-in calling. `status` defaults to `completed`; a
    `recording_url` must be an `https://` URL to an MP3 file.

    Args:
        body (CallActivityCreate): A call made outside Close, to log.

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
        Response[CallActivity]: status, headers, raw content and ``parsed``.
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
    body: CallActivityCreate,
) -> CallActivity:
    """Log a Call activity

     Logs a call made outside Close's built-in calling. `status` defaults to `completed`; a
    `recording_url` must be an `https://` URL to an MP3 file.

    Args:
        body (CallActivityCreate): A call made outside Close, to log.

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
        CallActivity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
