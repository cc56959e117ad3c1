from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrich_field_request import EnrichFieldRequest
from ...models.enrich_field_result import EnrichFieldResult
from ...types import Response, build_response

OPERATION = "POST /enrich_field/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: EnrichFieldRequest,
) -> dict[str, Any]:
    if not isinstance(body, EnrichFieldRequest):
        raise TypeError(
            f"body must be a EnrichFieldRequest, got {type(body).__name__}"
            " (build one with EnrichFieldRequest(...) or EnrichFieldRequest.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enrich_field/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/enrich_field/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnrichFieldResult:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = EnrichFieldResult.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichFieldRequest,
) -> Response[EnrichFieldResult]:
    """Enrich a lead or contact field with AI

     Has AI find a value for one custom field of a lead or contact, following the field's guidance,
    and waits for the result (seconds; complex guidance may time out). By default the value is saved
    only if the field is empty; may consume credits.

    Args:
        body (EnrichFieldRequest): The field to enrich on one lead or contact.

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
        Response[EnrichFieldResult]: status, headers, raw content and ``parsed``.
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
    body: EnrichFieldRequest,
) -> EnrichFieldResult:
    """Enrich a lead or contact field with AI

     Has AI find a value for one custom field of a lead or contact, following the field's guidance,
    and waits for the result (seconds; complex guidance may time out). By default the value is saved
    only if the field is empty; may consume credits.

    Args:
        body (EnrichFieldRequest): The field to enrich on one lead or contact.

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
        EnrichFieldResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
