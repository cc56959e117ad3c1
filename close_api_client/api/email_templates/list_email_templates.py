from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_template_list import EmailTemplateList
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    is_archived: bool | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    is_shared: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_archived"] = is_archived

    params["_skip"] = skip

    params["_limit"] = limit

    params["_fields"] = fields

    params["is_shared"] = is_shared

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/email_template/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailTemplateList | None:
    if response.status_code == 200:
        response_200 = EmailTemplateList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    is_archived: bool | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    is_shared: bool | Unset = UNSET,
) -> Response[EmailTemplateList]:
    """List email templates

     Lists email templates page by page; `is_archived` selects archived or active ones.

    Args:
        is_archived (bool | Unset):
        skip (int | Unset):
        limit (int | Unset):
        fields (str | Unset):
        is_shared (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailTemplateList]
    """

    kwargs = _get_kwargs(
        is_archived=is_archived,
        skip=skip,
        limit=limit,
        fields=fields,
        is_shared=is_shared,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="GET /email_template/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    is_archived: bool | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    is_shared: bool | Unset = UNSET,
) -> EmailTemplateList | None:
    """List email templates

     Lists email templates page by page; `is_archived` selects archived or active ones.

    Args:
        is_archived (bool | Unset):
        skip (int | Unset):
        limit (int | Unset):
        fields (str | Unset):
        is_shared (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailTemplateList
    """

    return (
        await asyncio_detailed(
            client=client,
            is_archived=is_archived,
            skip=skip,
            limit=limit,
            fields=fields,
            is_shared=is_shared,
        )
    ).parsed
