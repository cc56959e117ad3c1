from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membership_bulk_update import MembershipBulkUpdate
from ...models.membership_bulk_update_result import MembershipBulkUpdateResult
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: MembershipBulkUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/membership/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MembershipBulkUpdateResult | None:
    if response.status_code == 200:
        response_200 = MembershipBulkUpdateResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MembershipBulkUpdate,
) -> Response[MembershipBulkUpdateResult]:
    """Bulk-update memberships

     Applies the same settings (any field a single membership update accepts, e.g. `role_id`) to the
    memberships whose comma-separated ids are given in `_params.id__in`. Returns how many were updated.

    Args:
        body (MembershipBulkUpdate): Member settings to apply to every membership selected by
            `_params`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MembershipBulkUpdateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /membership/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MembershipBulkUpdate,
) -> MembershipBulkUpdateResult | None:
    """Bulk-update memberships

     Applies the same settings (any field a single membership update accepts, e.g. `role_id`) to the
    memberships whose comma-separated ids are given in `_params.id__in`. Returns how many were updated.

    Args:
        body (MembershipBulkUpdate): Member settings to apply to every membership selected by
            `_params`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MembershipBulkUpdateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
