from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lead import Lead
from ...models.lead_update import LeadUpdate
from ...types import Response, build_response, path_segment

OPERATION = "PUT /lead/{id}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    *,
    body: LeadUpdate,
) -> dict[str, Any]:
    if not isinstance(body, LeadUpdate):
        raise TypeError(
            f"body must be a LeadUpdate, got {type(body).__name__}"
            " (build one with LeadUpdate(...) or LeadUpdate.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/lead/{id}/".format(
            id=path_segment("id", id),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/lead/{id}/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Lead:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = Lead.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LeadUpdate,
) -> Response[Lead]:
    """Update a lead

     Changes only the fields sent (every PUT in Close is a patch). A custom field is unset
    with `"custom.<field id>": null`; for multi-value fields, `custom.<field id>.add` and
    `.remove` add or remove one value.

    Args:
        id (str): The object's id.
        body (LeadUpdate): Fields to change on a lead (a patch). `custom.<field id>: null` unsets
            a custom field;
            `custom.<field id>.add` / `.remove` change one value of a multi-value field.

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
        Response[Lead]: status, headers, raw content and ``parsed``.
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
    body: LeadUpdate,
) -> Lead:
    """Update a lead

     Changes only the fields sent (every PUT in Close is a patch). A custom field is unset
    with `"custom.<field id>": null`; for multi-value fields, `custom.<field id>.add` and
    `.remove` add or remove one value.

    Args:
        id (str): The object's id.
        body (LeadUpdate): Fields to change on a lead (a patch). `custom.<field id>: null` unsets
            a custom field;
            `custom.<field id>.add` / `.remove` change one value of a multi-value field.

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
        Lead
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
