from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunity_status_change_activity import OpportunityStatusChangeActivity
from ...models.opportunity_status_change_activity_create import (
    OpportunityStatusChangeActivityCreate,
)
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: OpportunityStatusChangeActivityCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/status_change/opportunity/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpportunityStatusChangeActivity | None:
    if response.status_code == 200:
        response_200 = OpportunityStatusChangeActivity.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityStatusChangeActivityCreate,
) -> Response[OpportunityStatusChangeActivity]:
    """Create a OpportunityStatusChange activity

     Records an opportunity status change in the activity feed, e.g. one imported from another system. It
    does not change the opportunity's current status.

    Args:
        body (OpportunityStatusChangeActivityCreate): An opportunity status change to record
            (fields as on the activity; the body is not documented in detail).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpportunityStatusChangeActivity]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /activity/status_change/opportunity/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityStatusChangeActivityCreate,
) -> OpportunityStatusChangeActivity | None:
    """Create a OpportunityStatusChange activity

     Records an opportunity status change in the activity feed, e.g. one imported from another system. It
    does not change the opportunity's current status.

    Args:
        body (OpportunityStatusChangeActivityCreate): An opportunity status change to record
            (fields as on the activity; the body is not documented in detail).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpportunityStatusChangeActivity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
