from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lead_status_change_activity import LeadStatusChangeActivity
from ...models.lead_status_change_activity_create import LeadStatusChangeActivityCreate
from ...types import Response, build_response

OPERATION = "POST /activity/status_change/lead/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: LeadStatusChangeActivityCreate,
) -> dict[str, Any]:
    if not isinstance(body, LeadStatusChangeActivityCreate):
        raise TypeError(
            f"body must be a LeadStatusChangeActivityCreate, got {type(body).__name__}"
            " (build one with LeadStatusChangeActivityCreate(...) or LeadStatusChangeActivityCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/status_change/lead/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/activity/status_change/lead/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LeadStatusChangeActivity:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = LeadStatusChangeActivity.from_dict(response.json())

    return response_200


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        Response[LeadStatusChangeActivity]: status, headers, raw content and ``parsed``.
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
    body: LeadStatusChangeActivityCreate,
) -> LeadStatusChangeActivity:
    """Create a LeadStatusChange activity

     Records a lead status change in the activity feed, e.g. one imported from another system. It does
    not change the lead's current status.

    Args:
        body (LeadStatusChangeActivityCreate): A lead status change to record (fields as on the
            activity; the body is not documented in detail).

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
        LeadStatusChangeActivity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
