from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_template import EmailTemplate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    id: str,
    *,
    fields: str | Unset = UNSET,
    include_embedded: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params["include_embedded"] = include_embedded

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/email_template/{id}/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    include_embedded: bool | Unset = UNSET,
) -> Response[EmailTemplate]:
    """Get an email template

     Returns one email template, including the sequences that use it.

    Args:
        id (str):
        fields (str | Unset):
        include_embedded (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailTemplate]
    """

    kwargs = _get_kwargs(
        id=id,
        fields=fields,
        include_embedded=include_embedded,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="GET /email_template/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    include_embedded: bool | Unset = UNSET,
) -> EmailTemplate | None:
    """Get an email template

     Returns one email template, including the sequences that use it.

    Args:
        id (str):
        fields (str | Unset):
        include_embedded (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailTemplate
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fields=fields,
            include_embedded=include_embedded,
        )
    ).parsed
