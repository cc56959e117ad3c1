from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.playbook import Playbook
from ...models.playbook_create import PlaybookCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: PlaybookCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/playbook/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Playbook | None:
    if response.status_code == 201:
        response_201 = Playbook.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PlaybookCreate,
) -> Response[Playbook]:
    """Create a playbook

     Creates a playbook, optionally linking outcomes (`outcome_ids`), shared custom fields
    (`custom_field_ids`) and guidance for AI summaries of its calls and meetings.

    Args:
        body (PlaybookCreate): A new playbook.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Playbook]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /playbook/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PlaybookCreate,
) -> Playbook | None:
    """Create a playbook

     Creates a playbook, optionally linking outcomes (`outcome_ids`), shared custom fields
    (`custom_field_ids`) and guidance for AI summaries of its calls and meetings.

    Args:
        body (PlaybookCreate): A new playbook.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Playbook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
