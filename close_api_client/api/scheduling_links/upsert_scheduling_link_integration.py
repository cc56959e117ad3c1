from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scheduling_link import SchedulingLink
from ...models.scheduling_link_integration_upsert import SchedulingLinkIntegrationUpsert
from ...types import Response, build_response

OPERATION = "POST /scheduling_link/integration/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: SchedulingLinkIntegrationUpsert,
) -> dict[str, Any]:
    if not isinstance(body, SchedulingLinkIntegrationUpsert):
        raise TypeError(
            f"body must be a SchedulingLinkIntegrationUpsert, got {type(body).__name__}"
            " (build one with SchedulingLinkIntegrationUpsert(...) or SchedulingLinkIntegrationUpsert.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scheduling_link/integration/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/scheduling_link/integration/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SchedulingLink:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = SchedulingLink.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SchedulingLinkIntegrationUpsert,
) -> Response[SchedulingLink]:
    """Create or update a scheduling link as an OAuth application

     Creates a `THIRD_PARTY` User Scheduling Link managed by the calling OAuth application, or
    updates the one it already created with the same `source_id`. OAuth only: an API key
    gets an error.

    Args:
        body (SchedulingLinkIntegrationUpsert): A User Scheduling Link managed by an OAuth
            application, identified by `source_id`.

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
        Response[SchedulingLink]: status, headers, raw content and ``parsed``.
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
    body: SchedulingLinkIntegrationUpsert,
) -> SchedulingLink:
    """Create or update a scheduling link as an OAuth application

     Creates a `THIRD_PARTY` User Scheduling Link managed by the calling OAuth application, or
    updates the one it already created with the same `source_id`. OAuth only: an API key
    gets an error.

    Args:
        body (SchedulingLinkIntegrationUpsert): A User Scheduling Link managed by an OAuth
            application, identified by `source_id`.

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
        SchedulingLink
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
