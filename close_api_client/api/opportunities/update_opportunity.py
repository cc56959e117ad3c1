from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunity import Opportunity
from ...models.opportunity_update import OpportunityUpdate
from ...types import UNSET, Response, Unset, build_response, path_segment

OPERATION = "PUT /opportunity/{id}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    *,
    body: OpportunityUpdate,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(body, OpportunityUpdate):
        raise TypeError(
            f"body must be a OpportunityUpdate, got {type(body).__name__}"
            " (build one with OpportunityUpdate(...) or OpportunityUpdate.from_dict(...))"
        )
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/opportunity/{id}/".format(
            id=path_segment("id", id),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/opportunity/{id}/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Opportunity:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = Opportunity.from_dict(response.json())

    return response_200


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
        id (str): The object's id.
        x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
            `5.75`). Close uses it for
            relative dates in queries (`created:today`), date filters, reports and defaults such
            as an opportunity's `date_won`.
        body (OpportunityUpdate): Fields to change on an opportunity (a patch). `custom.<field
            id>: null` unsets a custom
            field; `custom.<field id>.add` / `.remove` change one value of a multi-value field.

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
        Response[Opportunity]: status, headers, raw content and ``parsed``.
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
        operation=OPERATION,
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityUpdate,
    x_tz_offset: str | Unset = UNSET,
) -> Opportunity:
    """Update an opportunity

     Changes only the fields sent. Moving to a won status without `date_won` sets it to
    today in the `x-tz-offset` time zone (moving back does not clear it).
    `custom.<field id>: null` unsets a custom field; `.add` / `.remove` suffixes change one
    value of a multi-value field.

    Args:
        id (str): The object's id.
        x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
            `5.75`). Close uses it for
            relative dates in queries (`created:today`), date filters, reports and defaults such
            as an opportunity's `date_won`.
        body (OpportunityUpdate): Fields to change on an opportunity (a patch). `custom.<field
            id>: null` unsets a custom
            field; `custom.<field id>.add` / `.remove` change one value of a multi-value field.

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
