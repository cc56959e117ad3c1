from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sequence_subscription import SequenceSubscription
from ...models.sequence_subscription_create import SequenceSubscriptionCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: SequenceSubscriptionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sequence_subscription/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SequenceSubscription | None:
    if response.status_code == 201:
        response_201 = SequenceSubscription.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SequenceSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /sequence_subscription/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SequenceSubscriptionCreate,
) -> SequenceSubscription | None:
    """Subscribe a contact to a sequence

     Starts a sequence for one contact, sending from the given connected email account with the given
    sender name and address.

    Args:
        body (SequenceSubscriptionCreate): A contact to subscribe to a sequence.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SequenceSubscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
