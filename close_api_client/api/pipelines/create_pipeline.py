from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pipeline import Pipeline
from ...models.pipeline_create import PipelineCreate
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: PipelineCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pipeline/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Pipeline | None:
    if response.status_code == 201:
        response_201 = Pipeline.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Pipeline]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /pipeline/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PipelineCreate,
) -> Pipeline | None:
    """Create a pipeline

     Creates an empty pipeline; add statuses to it by creating them with its `pipeline_id` or by moving
    them in with an update.

    Args:
        body (PipelineCreate): A new, empty pipeline.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Pipeline
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
