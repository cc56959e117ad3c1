from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunity import Opportunity
from ...models.opportunity_update import OpportunityUpdate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    id: str,
    *,
    body: OpportunityUpdate,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/opportunity/{id}/".format(
            id=quote(str(id), safe=""),
        ),
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityUpdate,
    x_tz_offset: str | Unset = UNSET,
) -> Response[Opportunity]:
    """Update an opportunity

     Changes only the fields sent. Moving to a won status without `date_won` sets it to
    today in the `x-tz-offset` time zone (moving back does not clear it).
    `custom.<field id>: null` unsets a custom field; `.add` / `.remove` suffixes change one
    value of a multi-value field.

    Args:
        id (str):
        x_tz_offset (str | Unset):
        body (OpportunityUpdate): Fields to change on an opportunity (a patch). `custom.<field
            id>: null` unsets a custom
            field; `custom.<field id>.add` / `.remove` change one value of a multi-value field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Opportunity]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        x_tz_offset=x_tz_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /opportunity/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityUpdate,
    x_tz_offset: str | Unset = UNSET,
) -> Opportunity | None:
    """Update an opportunity

     Changes only the fields sent. Moving to a won status without `date_won` sets it to
    today in the `x-tz-offset` time zone (moving back does not clear it).
    `custom.<field id>: null` unsets a custom field; `.add` / `.remove` suffixes change one
    value of a multi-value field.

    Args:
        id (str):
        x_tz_offset (str | Unset):
        body (OpportunityUpdate): Fields to change on an opportunity (a patch). `custom.<field
            id>: null` unsets a custom
            field; `custom.<field id>.add` / `.remove` change one value of a multi-value field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Opportunity
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
