from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_email import BulkEmail
from ...models.bulk_email_create import BulkEmailCreate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    body: BulkEmailCreate,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk_action/email/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkEmail | None:
    if response.status_code == 200:
        response_200 = BulkEmail.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkEmailCreate,
    x_tz_offset: str | Unset = UNSET,
) -> Response[BulkEmail]:
    """Start a bulk email

     Sends an email template to every lead matching `query`, either to the lead's first contact email
    (`contact_preference: lead`) or to the first email of each contact (`contact`). Runs in the
    background; relative dates in `query` follow `x-tz-offset`.

    Args:
        x_tz_offset (str | Unset):
        body (BulkEmailCreate): A bulk email to start.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkEmail]
    """

    kwargs = _get_kwargs(
        body=body,
        x_tz_offset=x_tz_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /bulk_action/email/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkEmailCreate,
    x_tz_offset: str | Unset = UNSET,
) -> BulkEmail | None:
    """Start a bulk email

     Sends an email template to every lead matching `query`, either to the lead's first contact email
    (`contact_preference: lead`) or to the first email of each contact (`contact`). Runs in the
    background; relative dates in `query` follow `x-tz-offset`.

    Args:
        x_tz_offset (str | Unset):
        body (BulkEmailCreate): A bulk email to start.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkEmail
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
