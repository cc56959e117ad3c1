from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pipeline import Pipeline
from ...models.pipeline_update import PipelineUpdate
from ...types import Response, build_response, path_segment

OPERATION = "PUT /pipeline/{id}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    *,
    body: PipelineUpdate,
) -> dict[str, Any]:
    if not isinstance(body, PipelineUpdate):
        raise TypeError(
            f"body must be a PipelineUpdate, got {type(body).__name__}"
            " (build one with PipelineUpdate(...) or PipelineUpdate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/pipeline/{id}/".format(
            id=path_segment("id", id),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/pipeline/{id}/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Pipeline:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = Pipeline.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PipelineUpdate,
) -> Response[Pipeline]:
    """Update a pipeline

     Renames a pipeline and/or sets the order of its statuses with a `statuses` list of
    `{"id": ...}`; listing a status of another pipeline moves it into this one.

    Args:
        id (str): The object's id.
        body (PipelineUpdate): Changes to a pipeline: a new name and/or the full ordered list of
            its statuses (a status
            of another pipeline listed here moves into this one).

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
    body: PipelineUpdate,
) -> Pipeline:
    """Update a pipeline

     Renames a pipeline and/or sets the order of its statuses with a `statuses` list of
    `{"id": ...}`; listing a status of another pipeline moves it into this one.

    Args:
        id (str): The object's id.
        body (PipelineUpdate): Changes to a pipeline: a new name and/or the full ordered list of
            its statuses (a status
            of another pipeline listed here moves into this one).

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
            id=id,
            client=client,
            body=body,
        )
    ).parsed
