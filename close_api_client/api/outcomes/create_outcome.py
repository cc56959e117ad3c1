from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.outcome import Outcome
from ...models.outcome_create import OutcomeCreate
from ...types import Response, build_response

OPERATION = "POST /outcome/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: OutcomeCreate,
) -> dict[str, Any]:
    if not isinstance(body, OutcomeCreate):
        raise TypeError(
            f"body must be a OutcomeCreate, got {type(body).__name__}"
            " (build one with OutcomeCreate(...) or OutcomeCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/outcome/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/outcome/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Outcome:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = Outcome.from_dict(response.json())

    return response_201


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
        ValueError: A path parameter is empty, ``.`` or ``..`` (checked before any request).
        custom.errors.APIStatusError: Close answered with a non-2xx status (a subclass per status:
            ``NotFoundError``, ``RateLimitError``...), after the client's retries.
        custom.errors.APIConnectionError: No usable response (``APITimeoutError`` for a timeout),
            after the retries the method allows.
        errors.ResponseParseError: The 2xx body is not the JSON this operation returns.
        errors.UnexpectedStatus: Instead of ``APIStatusError``, for a client not made by
            ``custom.create_client``.

    Returns:
        Response[Outcome]: status, headers, raw content and ``parsed``.
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
    body: OutcomeCreate,
) -> Outcome:
    """Create an outcome

     Adds an outcome that users can pick on calls and meetings. `type` defaults to `custom`;
    a `vm-dropped` outcome is set automatically on calls when a voicemail drop is performed.
    `applies_to` is deprecated on writes and derived from `type`.

    Args:
        body (OutcomeCreate): A new outcome.

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
        Outcome
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
