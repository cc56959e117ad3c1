from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sms_template import SmsTemplate
from ...models.sms_template_create import SmsTemplateCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: SmsTemplateCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms_template/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SmsTemplate | None:
    if response.status_code == 201:
        response_201 = SmsTemplate.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmsTemplate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /sms_template/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsTemplateCreate,
) -> SmsTemplate | None:
    """Create an SMS template

     Creates an SMS template; `text` may contain template tags such as `{{ contact.first_name }}` and
    attachments are files uploaded with the Files API.

    Args:
        body (SmsTemplateCreate): A new SMS template.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsTemplate
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
