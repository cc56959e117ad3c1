from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pipeline import Pipeline
from ...models.pipeline_update import PipelineUpdate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: PipelineUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/pipeline/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Pipeline | None:
    if response.status_code == 200:
        response_200 = Pipeline.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        id (str):
        body (PipelineUpdate): Changes to a pipeline: a new name and/or the full ordered list of
            its statuses (a status
            of another pipeline listed here moves into this one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Pipeline]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /pipeline/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PipelineUpdate,
) -> Pipeline | None:
    """Update a pipeline

     Renames a pipeline and/or sets the order of its statuses with a `statuses` list of
    `{"id": ...}`; listing a status of another pipeline moves it into this one.

    Args:
        id (str):
        body (PipelineUpdate): Changes to a pipeline: a new name and/or the full ordered list of
            its statuses (a status
            of another pipeline listed here moves into this one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
