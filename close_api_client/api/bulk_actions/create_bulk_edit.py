from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_edit import BulkEdit
from ...models.bulk_edit_create import BulkEditCreate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    body: BulkEditCreate,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk_action/edit/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkEdit | None:
    if response.status_code == 200:
        response_200 = BulkEdit.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        x_tz_offset (str | Unset):
        body (BulkEditCreate): A bulk edit to start. `set_lead_status` needs `lead_status_id`;
            `clear_custom_field` needs
            `custom_field_id` or `custom_field_name`; `set_custom_field` needs one of those and
            `custom_field_value` (or `custom_field_values`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkEdit]
    """

    kwargs = _get_kwargs(
        body=body,
        x_tz_offset=x_tz_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /bulk_action/edit/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkEditCreate,
    x_tz_offset: str | Unset = UNSET,
) -> BulkEdit | None:
    """Start a bulk edit

     Changes every lead matching `query`: set the lead status (`lead_status_id`), or set or clear a
    custom field (by `custom_field_id` or `custom_field_name`; multi-value fields take
    `custom_field_values` and `custom_field_operation`).

    Args:
        x_tz_offset (str | Unset):
        body (BulkEditCreate): A bulk edit to start. `set_lead_status` needs `lead_status_id`;
            `clear_custom_field` needs
            `custom_field_id` or `custom_field_name`; `set_custom_field` needs one of those and
            `custom_field_value` (or `custom_field_values`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
