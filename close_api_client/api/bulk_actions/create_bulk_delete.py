from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_delete import BulkDelete
from ...models.bulk_delete_create import BulkDeleteCreate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    body: BulkDeleteCreate,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk_action/delete/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkDelete | None:
    if response.status_code == 200:
        response_200 = BulkDelete.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkDeleteCreate,
    x_tz_offset: str | Unset = UNSET,
) -> Response[BulkDelete]:
    """Start a bulk delete

     Deletes every lead matching `query` in the background (irreversible). A confirmation email is
    sent when done unless `send_done_email` is false.

    Args:
        x_tz_offset (str | Unset):
        body (BulkDeleteCreate): A bulk delete to start.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkDelete]
    """

    kwargs = _get_kwargs(
        body=body,
        x_tz_offset=x_tz_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /bulk_action/delete/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkDeleteCreate,
    x_tz_offset: str | Unset = UNSET,
) -> BulkDelete | None:
    """Start a bulk delete

     Deletes every lead matching `query` in the background (irreversible). A confirmation email is
    sent when done unless `send_done_email` is false.

    Args:
        x_tz_offset (str | Unset):
        body (BulkDeleteCreate): A bulk delete to start.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkDelete
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
