from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sequence_subscription import SequenceSubscription
from ...models.sequence_subscription_create import SequenceSubscriptionCreate
from ...types import Response, build_response

OPERATION = "POST /sequence_subscription/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: SequenceSubscriptionCreate,
) -> dict[str, Any]:
    if not isinstance(body, SequenceSubscriptionCreate):
        raise TypeError(
            f"body must be a SequenceSubscriptionCreate, got {type(body).__name__}"
            " (build one with SequenceSubscriptionCreate(...) or SequenceSubscriptionCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sequence_subscription/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/sequence_subscription/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SequenceSubscription:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = SequenceSubscription.from_dict(response.json())

    return response_201


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SequenceSubscriptionCreate,
) -> Response[SequenceSubscription]:
    """Subscribe a contact to a sequence

     Starts a sequence for one contact, sending from the given connected email account with the given
    sender name and address.

    Args:
        body (SequenceSubscriptionCreate): A contact to subscribe to a sequence.

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
        Response[SequenceSubscription]: status, headers, raw content and ``parsed``.
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
    body: SequenceSubscriptionCreate,
) -> SequenceSubscription:
    """Subscribe a contact to a sequence

     Starts a sequence for one contact, sending from the given connected email account with the given
    sender name and address.

    Args:
        body (SequenceSubscriptionCreate): A contact to subscribe to a sequence.

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
        SequenceSubscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
