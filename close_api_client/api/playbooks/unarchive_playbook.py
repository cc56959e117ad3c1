from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unarchive_playbook_response_200 import UnarchivePlaybookResponse200
from ...types import Response, build_response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/playbook/{id}/unarchive/".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UnarchivePlaybookResponse200 | None:
    if response.status_code == 200:
        response_200 = UnarchivePlaybookResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[UnarchivePlaybookResponse200]:
    """Create playbook

     Restores an archived playbook. Takes no body. Fields are typed as Close's documented examples show
    them; the schema stays open for the rest (see SPEC_NOTES.md).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnarchivePlaybookResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /playbook/{id}/unarchive/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> UnarchivePlaybookResponse200 | None:
    """Create playbook

     Restores an archived playbook. Takes no body. Fields are typed as Close's documented examples show
    them; the schema stays open for the rest (see SPEC_NOTES.md).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnarchivePlaybookResponse200
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
