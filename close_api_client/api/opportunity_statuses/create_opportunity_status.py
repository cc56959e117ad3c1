from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunity_status import OpportunityStatus
from ...models.opportunity_status_create import OpportunityStatusCreate
from ...types import UNSET, Response, Unset, build_response


def _get_kwargs(
    *,
    body: OpportunityStatusCreate,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/status/opportunity/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpportunityStatus | None:
    if response.status_code == 200:
        response_200 = OpportunityStatus.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityStatusCreate,
    fields: str | Unset = UNSET,
) -> Response[OpportunityStatus]:
    """Create an opportunity status

     Adds an opportunity status of type `active`, `won` or `lost`, in the pipeline given by
    `pipeline_id`.

    Args:
        fields (str | Unset):
        body (OpportunityStatusCreate): A new opportunity status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpportunityStatus]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /status/opportunity/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityStatusCreate,
    fields: str | Unset = UNSET,
) -> OpportunityStatus | None:
    """Create an opportunity status

     Adds an opportunity status of type `active`, `won` or `lost`, in the pipeline given by
    `pipeline_id`.

    Args:
        fields (str | Unset):
        body (OpportunityStatusCreate): A new opportunity status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpportunityStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
