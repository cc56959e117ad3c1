from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sms_template import SmsTemplate
from ...types import UNSET, Response, Unset, build_response, path_segment

OPERATION = "GET /sms_template/{id}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    *,
    include_attachments: bool | Unset = UNSET,
    include_embedded: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_attachments"] = include_attachments

    params["include_embedded"] = include_embedded

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms_template/{id}/".format(
            id=path_segment("id", id),
        ),
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/sms_template/{id}/"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SmsTemplate:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = SmsTemplate.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include_attachments: bool | Unset = UNSET,
    include_embedded: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[SmsTemplate]:
    """Get an SMS template

     Returns one SMS template; attachments and templates embedded by Workflows only on request.

    Args:
        id (str): The object's id.
        include_attachments (bool | Unset): Include the template's file attachments (default
            false).
        include_embedded (bool | Unset): Include embedded templates used by Workflows (default
            false).
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.

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
        id=id,
        include_attachments=include_attachments,
        include_embedded=include_embedded,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation=OPERATION,
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include_attachments: bool | Unset = UNSET,
    include_embedded: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> SmsTemplate:
    """Get an SMS template

     Returns one SMS template; attachments and templates embedded by Workflows only on request.

    Args:
        id (str): The object's id.
        include_attachments (bool | Unset): Include the template's file attachments (default
            false).
        include_embedded (bool | Unset): Include embedded templates used by Workflows (default
            false).
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.

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
            id=id,
            client=client,
            include_attachments=include_attachments,
            include_embedded=include_embedded,
            fields=fields,
        )
    ).parsed
