from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunity import Opportunity
from ...models.opportunity_create import OpportunityCreate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    body: OpportunityCreate,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/opportunity/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Opportunity | None:
    if response.status_code == 200:
        response_200 = Opportunity.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityCreate,
    x_tz_offset: str | Unset = UNSET,
) -> Response[Opportunity]:
    """Create an opportunity

     Creates an opportunity on a lead. Without `status_id` the organization's first
    opportunity status is used; custom field values go in `custom.<field id>` keys. A won
    status without `date_won` sets it to today in the `x-tz-offset` time zone.

    Args:
        x_tz_offset (str | Unset):
        body (OpportunityCreate): A new opportunity. Without `status_id` the organization's first
            opportunity status is
            used. Custom field values go in `custom.<field id>` keys (additional properties).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Opportunity]
    """

    kwargs = _get_kwargs(
        body=body,
        x_tz_offset=x_tz_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /opportunity/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityCreate,
    x_tz_offset: str | Unset = UNSET,
) -> Opportunity | None:
    """Create an opportunity

     Creates an opportunity on a lead. Without `status_id` the organization's first
    opportunity status is used; custom field values go in `custom.<field id>` keys. A won
    status without `date_won` sets it to today in the `x-tz-offset` time zone.

    Args:
        x_tz_offset (str | Unset):
        body (OpportunityCreate): A new opportunity. Without `status_id` the organization's first
            opportunity status is
            used. Custom field values go in `custom.<field id>` keys (additional properties).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Opportunity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
