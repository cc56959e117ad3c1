from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sms_activity import SmsActivity
from ...models.sms_activity_update import SmsActivityUpdate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: SmsActivityUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/activity/sms/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SmsActivity | None:
    if response.status_code == 200:
        response_200 = SmsActivity.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SmsActivityUpdate,
) -> Response[SmsActivity]:
    """Update a SMS activity

     Edits a draft, or sends it by setting `status` to `scheduled` or `outbox`; setting `status` back to
    `draft` cancels a scheduled or unsent message.

    Args:
        id (str):
        body (SmsActivityUpdate): Fields to change on a draft SMS, or its `status` to send it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmsActivity]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /activity/sms/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SmsActivityUpdate,
) -> SmsActivity | None:
    """Update a SMS activity

     Edits a draft, or sends it by setting `status` to `scheduled` or `outbox`; setting `status` back to
    `draft` cancels a scheduled or unsent message.

    Args:
        id (str):
        body (SmsActivityUpdate): Fields to change on a draft SMS, or its `status` to send it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsActivity
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
