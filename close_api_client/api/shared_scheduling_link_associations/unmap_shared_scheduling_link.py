from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.shared_scheduling_link_association_unmap import SharedSchedulingLinkAssociationUnmap
from ...types import Response, build_response

OPERATION = "POST /shared_scheduling_link_association/unmap/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: SharedSchedulingLinkAssociationUnmap,
) -> dict[str, Any]:
    if not isinstance(body, SharedSchedulingLinkAssociationUnmap):
        raise TypeError(
            f"body must be a SharedSchedulingLinkAssociationUnmap, got {type(body).__name__}"
            " (build one with SharedSchedulingLinkAssociationUnmap(...) or SharedSchedulingLinkAssociationUnmap.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shared_scheduling_link_association/unmap/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/shared_scheduling_link_association/unmap/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Empty:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = Empty.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SharedSchedulingLinkAssociationUnmap,
) -> Response[Empty]:
    """Unmap a shared scheduling link for a user

     Removes the mapping of a Shared Scheduling Link for one user.

    Args:
        body (SharedSchedulingLinkAssociationUnmap): The Shared Scheduling Link and user whose
            mapping to remove.

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
        Response[Empty]: status, headers, raw content and ``parsed``.
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
    body: SharedSchedulingLinkAssociationUnmap,
) -> Empty:
    """Unmap a shared scheduling link for a user

     Removes the mapping of a Shared Scheduling Link for one user.

    Args:
        body (SharedSchedulingLinkAssociationUnmap): The Shared Scheduling Link and user whose
            mapping to remove.

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
        Empty
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
