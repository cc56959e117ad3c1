from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.merge_leads_request import MergeLeadsRequest
from ...types import Response, build_response

OPERATION = "POST /lead/merge/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: MergeLeadsRequest,
) -> dict[str, Any]:
    if not isinstance(body, MergeLeadsRequest):
        raise TypeError(
            f"body must be a MergeLeadsRequest, got {type(body).__name__}"
            " (build one with MergeLeadsRequest(...) or MergeLeadsRequest.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lead/merge/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/lead/merge/"},
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
    body: MergeLeadsRequest,
) -> Response[Empty]:
    """Merge two leads

     Merges the `source` lead into the `destination` lead, as the Merge Leads feature in
    the app does; the source lead is removed.

    Args:
        body (MergeLeadsRequest): The two leads to merge.

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
    body: MergeLeadsRequest,
) -> Empty:
    """Merge two leads

     Merges the `source` lead into the `destination` lead, as the Merge Leads feature in
    the app does; the source lead is removed.

    Args:
        body (MergeLeadsRequest): The two leads to merge.

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
