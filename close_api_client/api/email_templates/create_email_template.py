from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_template import EmailTemplate
from ...models.email_template_create import EmailTemplateCreate
from ...types import UNSET, Response, Unset, build_response

OPERATION = "POST /email_template/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: EmailTemplateCreate,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(body, EmailTemplateCreate):
        raise TypeError(
            f"body must be a EmailTemplateCreate, got {type(body).__name__}"
            " (build one with EmailTemplateCreate(...) or EmailTemplateCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email_template/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/email_template/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailTemplate:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = EmailTemplate.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailTemplateCreate,
    fields: str | Unset = UNSET,
) -> Response[EmailTemplate]:
    """Create an email template

     Creates an email template; `subject` and `body` may contain template tags. It is private to the
    creator unless `is_shared` is true.

    Args:
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        body (EmailTemplateCreate): A new email template.

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
        Response[EmailTemplate]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
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
    body: EmailTemplateCreate,
    fields: str | Unset = UNSET,
) -> EmailTemplate:
    """Create an email template

     Creates an email template; `subject` and `body` may contain template tags. It is private to the
    creator unless `is_shared` is true.

    Args:
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.
        body (EmailTemplateCreate): A new email template.

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
        EmailTemplate
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
