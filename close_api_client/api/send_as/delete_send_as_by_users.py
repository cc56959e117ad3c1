from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...types import UNSET, Response, build_response

OPERATION = "DELETE /send_as/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    allowing_user_id: str,
    allowed_user_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["allowing_user_id"] = allowing_user_id

    params["allowed_user_id"] = allowed_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/send_as/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/send_as/"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Empty | None:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    if not response.content:
        return None
    response_200 = Empty.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    allowing_user_id: str,
    allowed_user_id: str,
) -> Response[Empty | None]:
    """Delete a Send As association by users

     Revokes the association between two users, given both ids; `allowing_user_id` must be you. The docs
    show an empty response, so both 200 and 204 are accepted.

    Args:
        allowing_user_id (str): The user who allowed sending as them (you).
        allowed_user_id (str): The user who may no longer send as you.

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
        Response[Empty | None]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        allowing_user_id=allowing_user_id,
        allowed_user_id=allowed_user_id,
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
    allowing_user_id: str,
    allowed_user_id: str,
) -> Empty | None:
    """Delete a Send As association by users

     Revokes the association between two users, given both ids; `allowing_user_id` must be you. The docs
    show an empty response, so both 200 and 204 are accepted.

    Args:
        allowing_user_id (str): The user who allowed sending as them (you).
        allowed_user_id (str): The user who may no longer send as you.

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
        Empty | None
    """

    return (
        await asyncio_detailed(
            client=client,
            allowing_user_id=allowing_user_id,
            allowed_user_id=allowed_user_id,
        )
    ).parsed
