from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.playbook import Playbook
from ...models.playbook_create import PlaybookCreate
from ...types import Response, build_response

OPERATION = "POST /playbook/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: PlaybookCreate,
) -> dict[str, Any]:
    if not isinstance(body, PlaybookCreate):
        raise TypeError(
            f"body must be a PlaybookCreate, got {type(body).__name__}"
            " (build one with PlaybookCreate(...) or PlaybookCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/playbook/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/playbook/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Playbook:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = Playbook.from_dict(response.json())

    return response_201


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        Response[Playbook]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation=OPERATION,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PlaybookCreate,
) -> Playbook:
    """Create a playbook

     Creates a playbook, optionally linking outcomes (`outcome_ids`), shared custom fields
    (`custom_field_ids`) and guidance for AI summaries of its calls and meetings.

    Args:
        body (PlaybookCreate): A new playbook.

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
        Playbook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
