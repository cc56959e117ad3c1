from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunity_status_change_activity import OpportunityStatusChangeActivity
from ...models.opportunity_status_change_activity_create import (
    OpportunityStatusChangeActivityCreate,
)
from ...types import Response, build_response

OPERATION = "POST /activity/status_change/opportunity/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: OpportunityStatusChangeActivityCreate,
) -> dict[str, Any]:
    if not isinstance(body, OpportunityStatusChangeActivityCreate):
        raise TypeError(
            f"body must be a OpportunityStatusChangeActivityCreate, got {type(body).__name__}"
            " (build one with OpportunityStatusChangeActivityCreate(...) or OpportunityStatusChangeActivityCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/status_change/opportunity/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/activity/status_change/opportunity/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpportunityStatusChangeActivity:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = OpportunityStatusChangeActivity.from_dict(response.json())

    return response_200


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        Response[OpportunityStatusChangeActivity]: status, headers, raw content and ``parsed``.
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
    body: OpportunityStatusChangeActivityCreate,
) -> OpportunityStatusChangeActivity:
    """Create a OpportunityStatusChange activity

     Records an opportunity status change in the activity feed, e.g. one imported from another system. It
    does not change the opportunity's current status.

    Args:
        body (OpportunityStatusChangeActivityCreate): An opportunity status change to record
            (fields as on the activity; the body is not documented in detail).

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
        OpportunityStatusChangeActivity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
