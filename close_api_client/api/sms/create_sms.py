from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sms_activity import SmsActivity
from ...models.sms_activity_create import SmsActivityCreate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    body: SmsActivityCreate,
    send_to_inbox: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["send_to_inbox"] = send_to_inbox

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/sms/",
        "params": params,
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
    *,
    client: AuthenticatedClient | Client,
    body: SmsActivityCreate,
    send_to_inbox: bool | Unset = UNSET,
) -> Response[SmsActivity]:
    """Create a SMS activity

     Logs, drafts, schedules or sends a text message depending on `status` (`inbox`, `draft`, `scheduled`
    with `date_scheduled`, `outbox` optionally delayed by `send_in` seconds, `sent`). `local_phone` must
    be one of the organization's internal phone numbers.

    Args:
        send_to_inbox (bool | Unset):
        body (SmsActivityCreate): A new SMS (logged, draft, scheduled or sent now).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmsActivity]
    """

    kwargs = _get_kwargs(
        body=body,
        send_to_inbox=send_to_inbox,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /activity/sms/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsActivityCreate,
    send_to_inbox: bool | Unset = UNSET,
) -> SmsActivity | None:
    """Create a SMS activity

     Logs, drafts, schedules or sends a text message depending on `status` (`inbox`, `draft`, `scheduled`
    with `date_scheduled`, `outbox` optionally delayed by `send_in` seconds, `sent`). `local_phone` must
    be one of the organization's internal phone numbers.

    Args:
        send_to_inbox (bool | Unset):
        body (SmsActivityCreate): A new SMS (logged, draft, scheduled or sent now).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsActivity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            send_to_inbox=send_to_inbox,
        )
    ).parsed
