from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_activity import CustomActivity
from ...models.custom_activity_create import CustomActivityCreate
from ...types import Response, build_response

OPERATION = "POST /activity/custom/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: CustomActivityCreate,
) -> dict[str, Any]:
    if not isinstance(body, CustomActivityCreate):
        raise TypeError(
            f"body must be a CustomActivityCreate, got {type(body).__name__}"
            " (build one with CustomActivityCreate(...) or CustomActivityCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/custom/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/activity/custom/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomActivity:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = CustomActivity.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomActivityCreate,
) -> Response[CustomActivity]:
    """Create a Custom activity

     Creates a Custom Activity instance of the given type, with its field values in `custom.<field id>`
    keys. Instances are `published` by default, which validates required fields; send `status: draft` to
    skip that check.

    Args:
        body (CustomActivityCreate): A new Custom Activity instance; field values go in
            `custom.<field id>` keys (additional properties).

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
        Response[CustomActivity]: status, headers, raw content and ``parsed``.
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
    body: CustomActivityCreate,
) -> CustomActivity:
    """Create a Custom activity

     Creates a Custom Activity instance of the given type, with its field values in `custom.<field id>`
    keys. Instances are `published` by default, which validates required fields; send `status: draft` to
    skip that check.

    Args:
        body (CustomActivityCreate): A new Custom Activity instance; field values go in
            `custom.<field id>` keys (additional properties).

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
        CustomActivity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
