from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.outcome import Outcome
from ...models.outcome_create import OutcomeCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: OutcomeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/outcome/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Outcome | None:
    if response.status_code == 201:
        response_201 = Outcome.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OutcomeCreate,
) -> Response[Outcome]:
    """Create an outcome

     Adds an outcome that users can pick on calls and meetings. `type` defaults to `custom`;
    a `vm-dropped` outcome is set automatically on calls when a voicemail drop is performed.
    `applies_to` is deprecated on writes and derived from `type`.

    Args:
        body (OutcomeCreate): A new outcome.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Outcome]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /outcome/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OutcomeCreate,
) -> Outcome | None:
    """Create an outcome

     Adds an outcome that users can pick on calls and meetings. `type` defaults to `custom`;
    a `vm-dropped` outcome is set automatically on calls when a voicemail drop is performed.
    `applies_to` is deprecated on writes and derived from `type`.

    Args:
        body (OutcomeCreate): A new outcome.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Outcome
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
