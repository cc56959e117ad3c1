from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_template import EmailTemplate
from ...models.email_template_create import EmailTemplateCreate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    body: EmailTemplateCreate,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email_template/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailTemplate | None:
    if response.status_code == 200:
        response_200 = EmailTemplate.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        fields (str | Unset):
        body (EmailTemplateCreate): A new email template.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailTemplate]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /email_template/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailTemplateCreate,
    fields: str | Unset = UNSET,
) -> EmailTemplate | None:
    """Create an email template

     Creates an email template; `subject` and `body` may contain template tags. It is private to the
    creator unless `is_shared` is true.

    Args:
        fields (str | Unset):
        body (EmailTemplateCreate): A new email template.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
