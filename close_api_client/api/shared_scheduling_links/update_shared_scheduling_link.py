from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scheduling_link import SchedulingLink
from ...models.shared_scheduling_link_update import SharedSchedulingLinkUpdate
from ...types import Response, build_response, path_segment

OPERATION = "PUT /shared_scheduling_link/{id}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    *,
    body: SharedSchedulingLinkUpdate,
) -> dict[str, Any]:
    if not isinstance(body, SharedSchedulingLinkUpdate):
        raise TypeError(
            f"body must be a SharedSchedulingLinkUpdate, got {type(body).__name__}"
            " (build one with SharedSchedulingLinkUpdate(...) or SharedSchedulingLinkUpdate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shared_scheduling_link/{id}/".format(
            id=path_segment("id", id),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/shared_scheduling_link/{id}/"},
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkUpdate,
) -> Response[SchedulingLink]:
    """Update a shared scheduling link

     Changes only the fields sent.

    Args:
        id (str): The object's id.
        body (SharedSchedulingLinkUpdate): Fields to change on a Shared Scheduling Link.

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
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation=OPERATION,
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkUpdate,
) -> SchedulingLink:
    """Update a shared scheduling link

     Changes only the fields sent.

    Args:
        id (str): The object's id.
        body (SharedSchedulingLinkUpdate): Fields to change on a Shared Scheduling Link.

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
            id=id,
            client=client,
            body=body,
        )
    ).parsed
