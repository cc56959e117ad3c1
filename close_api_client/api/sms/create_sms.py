from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sms_activity import SmsActivity
from ...models.sms_activity_create import SmsActivityCreate
from ...types import UNSET, Response, Unset, build_response

OPERATION = "POST /activity/sms/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: SmsActivityCreate,
    send_to_inbox: bool | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(body, SmsActivityCreate):
        raise TypeError(
            f"body must be a SmsActivityCreate, got {type(body).__name__}"
            " (build one with SmsActivityCreate(...) or SmsActivityCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["send_to_inbox"] = send_to_inbox

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/sms/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/activity/sms/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SmsActivity:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = SmsActivity.from_dict(response.json())

    return response_200


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
        send_to_inbox (bool | Unset): Also show the SMS in the sender's inbox (type as in Close's
            published OpenAPI document, meaning not documented).
        body (SmsActivityCreate): A new SMS (logged, draft, scheduled or sent now).

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
        Response[SmsActivity]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
        send_to_inbox=send_to_inbox,
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
    body: SmsActivityCreate,
    send_to_inbox: bool | Unset = UNSET,
) -> SmsActivity:
    """Create a SMS activity

     Logs, drafts, schedules or sends a text message depending on `status` (`inbox`, `draft`, `scheduled`
    with `date_scheduled`, `outbox` optionally delayed by `send_in` seconds, `sent`). `local_phone` must
    be one of the organization's internal phone numbers.

    Args:
        send_to_inbox (bool | Unset): Also show the SMS in the sender's inbox (type as in Close's
            published OpenAPI document, meaning not documented).
        body (SmsActivityCreate): A new SMS (logged, draft, scheduled or sent now).

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
        SmsActivity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            send_to_inbox=send_to_inbox,
        )
    ).parsed
