from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.merge_leads_request import MergeLeadsRequest
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: MergeLeadsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lead/merge/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Empty | None:
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MergeLeadsRequest,
) -> Response[Empty]:
    """Merge two leads

     Merges the `source` lead into the `destination` lead, as the Merge Leads feature in
    the app does; the source lead is removed.

    Args:
        body (MergeLeadsRequest): The two leads to merge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /lead/merge/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MergeLeadsRequest,
) -> Empty | None:
    """Merge two leads

     Merges the `source` lead into the `destination` lead, as the Merge Leads feature in
    the app does; the source lead is removed.

    Args:
        body (MergeLeadsRequest): The two leads to merge.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
