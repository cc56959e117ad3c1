from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_activity import EmailActivity
from ...models.email_activity_create import EmailActivityCreate
from ...types import Response, build_response

OPERATION = "POST /activity/email/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: EmailActivityCreate,
) -> dict[str, Any]:
    if not isinstance(body, EmailActivityCreate):
        raise TypeError(
            f"body must be a EmailActivityCreate, got {type(body).__name__}"
            " (build one with EmailActivityCreate(...) or EmailActivityCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/email/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/activity/email/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailActivity:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = EmailActivity.from_dict(response.json())

    return response_200


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        Response[EmailActivity]: status, headers, raw content and ``parsed``.
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
    body: EmailActivityCreate,
) -> EmailActivity:
    """Create a Email activity

     Logs, drafts, schedules or sends an email depending on `status`: `inbox`/`sent` log a received/sent
    email, `draft` saves a draft, `scheduled` sends at `date_scheduled`, `outbox` sends now (optionally
    delayed by `send_in` seconds, under 60). With a `template_id` and no body, Close renders the
    template. `followup_date` creates a follow-up task if no reply arrives.

    Args:
        body (EmailActivityCreate): A new email (logged, draft, scheduled or sent now).

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
        EmailActivity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
