from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sequence import Sequence
from ...models.sequence_create import SequenceCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: SequenceCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sequence/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Sequence | None:
    if response.status_code == 200:
        response_200 = Sequence.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SequenceCreate,
) -> Response[Sequence]:
    """Create a sequence

     Creates an email sequence: steps send an email template after `delay` seconds, in the
    sequence's time zone and (optionally) within a sequence schedule.

    Args:
        body (SequenceCreate): A new email sequence.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Sequence]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /sequence/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SequenceCreate,
) -> Sequence | None:
    """Create a sequence

     Creates an email sequence: steps send an email template after `delay` seconds, in the
    sequence's time zone and (optionally) within a sequence schedule.

    Args:
        body (SequenceCreate): A new email sequence.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Sequence
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
