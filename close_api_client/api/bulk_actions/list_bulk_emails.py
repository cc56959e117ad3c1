from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_email_list import BulkEmailList
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_skip"] = skip

    params["_limit"] = limit

    params["_fields"] = fields

    params["template_id"] = template_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bulk_action/email/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkEmailList | None:
    if response.status_code == 200:
        response_200 = BulkEmailList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
) -> Response[BulkEmailList]:
    """List bulk emails

     Lists the organization's bulk email actions with their progress.

    Args:
        skip (int | Unset):
        limit (int | Unset):
        fields (str | Unset):
        template_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkEmailList]
    """

    kwargs = _get_kwargs(
        skip=skip,
        limit=limit,
        fields=fields,
        template_id=template_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="GET /bulk_action/email/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    template_id: str | Unset = UNSET,
) -> BulkEmailList | None:
    """List bulk emails

     Lists the organization's bulk email actions with their progress.

    Args:
        skip (int | Unset):
        limit (int | Unset):
        fields (str | Unset):
        template_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkEmailList
    """

    return (
        await asyncio_detailed(
            client=client,
            skip=skip,
            limit=limit,
            fields=fields,
            template_id=template_id,
        )
    ).parsed
