from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_activity import EmailActivity
from ...models.email_activity_create import EmailActivityCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: EmailActivityCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/email/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailActivity | None:
    if response.status_code == 200:
        response_200 = EmailActivity.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailActivityCreate,
) -> Response[EmailActivity]:
    """Create a Email activity

     Logs, drafts, schedules or sends an email depending on `status`: `inbox`/`sent` log a received/sent
    email, `draft` saves a draft, `scheduled` sends at `date_scheduled`, `outbox` sends now (optionally
    delayed by `send_in` seconds, under 60). With a `template_id` and no body, Close renders the
    template. `followup_date` creates a follow-up task if no reply arrives.

    Args:
        body (EmailActivityCreate): A new email (logged, draft, scheduled or sent now).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailActivity]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /activity/email/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailActivityCreate,
) -> EmailActivity | None:
    """Create a Email activity

     Logs, drafts, schedules or sends an email depending on `status`: `inbox`/`sent` log a received/sent
    email, `draft` saves a draft, `scheduled` sends at `date_scheduled`, `outbox` sends now (optionally
    delayed by `send_in` seconds, under 60). With a `template_id` and no body, Close renders the
    template. `followup_date` creates a follow-up task if no reply arrives.

    Args:
        body (EmailActivityCreate): A new email (logged, draft, scheduled or sent now).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailActivity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
