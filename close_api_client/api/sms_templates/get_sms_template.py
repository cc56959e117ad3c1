from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sms_template import SmsTemplate
from ...types import UNSET, Response, Unset, build_response


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
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SmsTemplate | None:
    if response.status_code == 200:
        response_200 = SmsTemplate.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        id (str):
        include_attachments (bool | Unset):
        include_embedded (bool | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmsTemplate]
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
        operation="GET /sms_template/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include_attachments: bool | Unset = UNSET,
    include_embedded: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> SmsTemplate | None:
    """Get an SMS template

     Returns one SMS template; attachments and templates embedded by Workflows only on request.

    Args:
        id (str):
        include_attachments (bool | Unset):
        include_embedded (bool | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
