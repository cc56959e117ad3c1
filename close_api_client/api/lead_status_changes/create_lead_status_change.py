from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lead_status_change_activity import LeadStatusChangeActivity
from ...models.lead_status_change_activity_create import LeadStatusChangeActivityCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: LeadStatusChangeActivityCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/status_change/lead/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LeadStatusChangeActivity | None:
    if response.status_code == 200:
        response_200 = LeadStatusChangeActivity.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LeadStatusChangeActivityCreate,
) -> Response[LeadStatusChangeActivity]:
    """Create a LeadStatusChange activity

     Records a lead status change in the activity feed, e.g. one imported from another system. It does
    not change the lead's current status.

    Args:
        body (LeadStatusChangeActivityCreate): A lead status change to record (fields as on the
            activity; the body is not documented in detail).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LeadStatusChangeActivity]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /activity/status_change/lead/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LeadStatusChangeActivityCreate,
) -> LeadStatusChangeActivity | None:
    """Create a LeadStatusChange activity

     Records a lead status change in the activity feed, e.g. one imported from another system. It does
    not change the lead's current status.

    Args:
        body (LeadStatusChangeActivityCreate): A lead status change to record (fields as on the
            activity; the body is not documented in detail).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeadStatusChangeActivity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
