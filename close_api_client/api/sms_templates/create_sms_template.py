from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sms_template import SmsTemplate
from ...models.sms_template_create import SmsTemplateCreate
from ...types import Response, build_response

OPERATION = "POST /sms_template/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: SmsTemplateCreate,
) -> dict[str, Any]:
    if not isinstance(body, SmsTemplateCreate):
        raise TypeError(
            f"body must be a SmsTemplateCreate, got {type(body).__name__}"
            " (build one with SmsTemplateCreate(...) or SmsTemplateCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms_template/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/sms_template/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SmsTemplate:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = SmsTemplate.from_dict(response.json())

    return response_201


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsTemplateCreate,
) -> Response[SmsTemplate]:
    """Create an SMS template

     Creates an SMS template; `text` may contain template tags such as `{{ contact.first_name }}` and
    attachments are files uploaded with the Files API.

    Args:
        body (SmsTemplateCreate): A new SMS template.

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
        Response[SmsTemplate]: status, headers, raw content and ``parsed``.
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
    body: SmsTemplateCreate,
) -> SmsTemplate:
    """Create an SMS template

     Creates an SMS template; `text` may contain template tags such as `{{ contact.first_name }}` and
    attachments are files uploaded with the Files API.

    Args:
        body (SmsTemplateCreate): A new SMS template.

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
        SmsTemplate
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
