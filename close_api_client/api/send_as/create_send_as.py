from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_as import SendAs
from ...models.send_as_create import SendAsCreate
from ...types import Response, build_response

OPERATION = "POST /send_as/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: SendAsCreate,
) -> dict[str, Any]:
    if not isinstance(body, SendAsCreate):
        raise TypeError(
            f"body must be a SendAsCreate, got {type(body).__name__}"
            " (build one with SendAsCreate(...) or SendAsCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/send_as/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/send_as/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SendAs:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = SendAs.from_dict(response.json())

    return response_201


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendAsCreate,
) -> Response[SendAs]:
    """Create a Send As association

     Lets another user send emails, bulk emails and sequences as you; `allowing_user_id` must be you.

    Args:
        body (SendAsCreate): A new Send As association; `allowing_user_id` must be your user id.

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
        Response[SendAs]: status, headers, raw content and ``parsed``.
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
    body: SendAsCreate,
) -> SendAs:
    """Create a Send As association

     Lets another user send emails, bulk emails and sequences as you; `allowing_user_id` must be you.

    Args:
        body (SendAsCreate): A new Send As association; `allowing_user_id` must be your user id.

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
        SendAs
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
