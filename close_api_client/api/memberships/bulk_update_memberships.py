from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membership_bulk_update import MembershipBulkUpdate
from ...models.membership_bulk_update_result import MembershipBulkUpdateResult
from ...types import Response, build_response

OPERATION = "PUT /membership/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: MembershipBulkUpdate,
) -> dict[str, Any]:
    if not isinstance(body, MembershipBulkUpdate):
        raise TypeError(
            f"body must be a MembershipBulkUpdate, got {type(body).__name__}"
            " (build one with MembershipBulkUpdate(...) or MembershipBulkUpdate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/membership/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/membership/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MembershipBulkUpdateResult:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = MembershipBulkUpdateResult.from_dict(response.json())

    return response_200


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        Response[MembershipBulkUpdateResult]: status, headers, raw content and ``parsed``.
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
    body: MembershipBulkUpdate,
) -> MembershipBulkUpdateResult:
    """Bulk-update memberships

     Applies the same settings (any field a single membership update accepts, e.g. `role_id`) to the
    memberships whose comma-separated ids are given in `_params.id__in`. Returns how many were updated.

    Args:
        body (MembershipBulkUpdate): Member settings to apply to every membership selected by
            `_params`.

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
        MembershipBulkUpdateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
