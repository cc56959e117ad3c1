from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_edit import BulkEdit
from ...models.bulk_edit_create import BulkEditCreate
from ...types import UNSET, Response, Unset, build_response

OPERATION = "POST /bulk_action/edit/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: BulkEditCreate,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(body, BulkEditCreate):
        raise TypeError(
            f"body must be a BulkEditCreate, got {type(body).__name__}"
            " (build one with BulkEditCreate(...) or BulkEditCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk_action/edit/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/bulk_action/edit/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BulkEdit:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = BulkEdit.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkEditCreate,
    x_tz_offset: str | Unset = UNSET,
) -> Response[BulkEdit]:
    """Start a bulk edit

     Changes every lead matching `query`: set the lead status (`lead_status_id`), or set or clear a
    custom field (by `custom_field_id` or `custom_field_name`; multi-value fields take
    `custom_field_values` and `custom_field_operation`).

    Args:
        x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
            `5.75`). Close uses it for
            relative dates in queries (`created:today`), date filters, reports and defaults such
            as an opportunity's `date_won`.
        body (BulkEditCreate): A bulk edit to start. `set_lead_status` needs `lead_status_id`;
            `clear_custom_field` needs
            `custom_field_id` or `custom_field_name`; `set_custom_field` needs one of those and
            `custom_field_value` (or `custom_field_values`).

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
        Response[BulkEdit]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    body: BulkEditCreate,
    x_tz_offset: str | Unset = UNSET,
) -> BulkEdit:
    """Start a bulk edit

     Changes every lead matching `query`: set the lead status (`lead_status_id`), or set or clear a
    custom field (by `custom_field_id` or `custom_field_name`; multi-value fields take
    `custom_field_values` and `custom_field_operation`).

    Args:
        x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
            `5.75`). Close uses it for
            relative dates in queries (`created:today`), date filters, reports and defaults such
            as an opportunity's `date_won`.
        body (BulkEditCreate): A bulk edit to start. `set_lead_status` needs `lead_status_id`;
            `clear_custom_field` needs
            `custom_field_id` or `custom_field_name`; `set_custom_field` needs one of those and
            `custom_field_value` (or `custom_field_values`).

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
        BulkEdit
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
