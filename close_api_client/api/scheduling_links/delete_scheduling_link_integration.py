from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response, build_response, path_segment

OPERATION = "DELETE /scheduling_link/integration/{source_id}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    source_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/scheduling_link/integration/{source_id}/".format(
            source_id=path_segment("source_id", source_id),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/scheduling_link/integration/{source_id}/"},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    source_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Delete a scheduling link as an OAuth application

     Deletes the User Scheduling Link the calling OAuth application created with this
    `source_id`. OAuth only: an API key gets an error.

    Args:
        source_id (str): The application's own identifier of the link, as sent in `source_id`.

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
        Response[None]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        source_id=source_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation=OPERATION,
    )


async def asyncio(
    source_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete a scheduling link as an OAuth application

     Deletes the User Scheduling Link the calling OAuth application created with this
    `source_id`. OAuth only: an API key gets an error.

    Args:
        source_id (str): The application's own identifier of the link, as sent in `source_id`.

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
        None
    """

    return (
        await asyncio_detailed(
            source_id=source_id,
            client=client,
        )
    ).parsed
