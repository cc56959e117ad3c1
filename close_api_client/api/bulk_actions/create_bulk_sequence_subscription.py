from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_sequence_subscription import BulkSequenceSubscription
from ...models.bulk_sequence_subscription_create import BulkSequenceSubscriptionCreate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    body: BulkSequenceSubscriptionCreate,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk_action/sequence_subscription/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkSequenceSubscription | None:
    if response.status_code == 200:
        response_200 = BulkSequenceSubscription.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkSequenceSubscriptionCreate,
    x_tz_offset: str | Unset = UNSET,
) -> Response[BulkSequenceSubscription]:
    """Start a bulk sequence subscription

     Subscribes the contacts of every lead matching `query` to a sequence, or pauses, resumes or
    resumes finished subscriptions (of one sequence, or all without `sequence_id`). `subscribe`
    needs `sequence_id`, the sender fields and `contact_preference`.

    Args:
        x_tz_offset (str | Unset):
        body (BulkSequenceSubscriptionCreate): A bulk sequence subscription to start; `subscribe`
            also needs `sequence_id`, the sender fields and `contact_preference`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkSequenceSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
        x_tz_offset=x_tz_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /bulk_action/sequence_subscription/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkSequenceSubscriptionCreate,
    x_tz_offset: str | Unset = UNSET,
) -> BulkSequenceSubscription | None:
    """Start a bulk sequence subscription

     Subscribes the contacts of every lead matching `query` to a sequence, or pauses, resumes or
    resumes finished subscriptions (of one sequence, or all without `sequence_id`). `subscribe`
    needs `sequence_id`, the sender fields and `contact_preference`.

    Args:
        x_tz_offset (str | Unset):
        body (BulkSequenceSubscriptionCreate): A bulk sequence subscription to start; `subscribe`
            also needs `sequence_id`, the sender fields and `contact_preference`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkSequenceSubscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
