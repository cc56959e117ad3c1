from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pipeline import Pipeline
from ...models.pipeline_create import PipelineCreate
from ...types import Response, build_response

OPERATION = "POST /pipeline/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    body: PipelineCreate,
) -> dict[str, Any]:
    if not isinstance(body, PipelineCreate):
        raise TypeError(
            f"body must be a PipelineCreate, got {type(body).__name__}"
            " (build one with PipelineCreate(...) or PipelineCreate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pipeline/",
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/pipeline/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Pipeline:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_201 = Pipeline.from_dict(response.json())

    return response_201


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PipelineCreate,
) -> Response[Pipeline]:
    """Create a pipeline

     Creates an empty pipeline; add statuses to it by creating them with its `pipeline_id` or by moving
    them in with an update.

    Args:
        body (PipelineCreate): A new, empty pipeline.

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
        Response[Pipeline]: status, headers, raw content and ``parsed``.
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
    body: PipelineCreate,
) -> Pipeline:
    """Create a pipeline

     Creates an empty pipeline; add statuses to it by creating them with its `pipeline_id` or by moving
    them in with an update.

    Args:
        body (PipelineCreate): A new, empty pipeline.

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
        Pipeline
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
