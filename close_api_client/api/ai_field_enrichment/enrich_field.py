from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrich_field_request import EnrichFieldRequest
from ...models.enrich_field_result import EnrichFieldResult
from ...types import Response, build_response


def _get_kwargs(
    *,
    body: EnrichFieldRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enrich_field/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnrichFieldResult | None:
    if response.status_code == 200:
        response_200 = EnrichFieldResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrichFieldResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /enrich_field/",
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichFieldRequest,
) -> EnrichFieldResult | None:
    """Enrich a lead or contact field with AI

     Has AI find a value for one custom field of a lead or contact, following the field's guidance,
    and waits for the result (seconds; complex guidance may time out). By default the value is saved
    only if the field is empty; may consume credits.

    Args:
        body (EnrichFieldRequest): The field to enrich on one lead or contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrichFieldResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
