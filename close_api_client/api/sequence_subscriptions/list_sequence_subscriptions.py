from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sequence_subscription_list import SequenceSubscriptionList
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    sequence_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sequence_id"] = sequence_id

    params["contact_id"] = contact_id

    params["lead_id"] = lead_id

    params["_skip"] = skip

    params["_limit"] = limit

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sequence_subscription/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SequenceSubscriptionList | None:
    if response.status_code == 200:
        response_200 = SequenceSubscriptionList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sequence_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[SequenceSubscriptionList]:
    """List sequence subscriptions

     Lists subscriptions of a sequence, a contact or a lead; at least one of `sequence_id`, `contact_id`
    and `lead_id` is required.

    Args:
        sequence_id (str | Unset):
        contact_id (str | Unset):
        lead_id (str | Unset):
        skip (int | Unset):
        limit (int | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SequenceSubscriptionList]
    """

    kwargs = _get_kwargs(
        sequence_id=sequence_id,
        contact_id=contact_id,
        lead_id=lead_id,
        skip=skip,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="GET /sequence_subscription/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sequence_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> SequenceSubscriptionList | None:
    """List sequence subscriptions

     Lists subscriptions of a sequence, a contact or a lead; at least one of `sequence_id`, `contact_id`
    and `lead_id` is required.

    Args:
        sequence_id (str | Unset):
        contact_id (str | Unset):
        lead_id (str | Unset):
        skip (int | Unset):
        limit (int | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SequenceSubscriptionList
    """

    return (
        await asyncio_detailed(
            client=client,
            sequence_id=sequence_id,
            contact_id=contact_id,
            lead_id=lead_id,
            skip=skip,
            limit=limit,
            fields=fields,
        )
    ).parsed
