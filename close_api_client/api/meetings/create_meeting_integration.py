from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meeting_integration import MeetingIntegration
from ...models.meeting_integration_request import MeetingIntegrationRequest
from ...types import Response, build_response, path_segment

OPERATION = "POST /activity/meeting/{id}/integration/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    *,
    body: MeetingIntegrationRequest,
) -> dict[str, Any]:
    if not isinstance(body, MeetingIntegrationRequest):
        raise TypeError(
            f"body must be a MeetingIntegrationRequest, got {type(body).__name__}"
            " (build one with MeetingIntegrationRequest(...) or MeetingIntegrationRequest.from_dict(...))"
        )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/meeting/{id}/integration/".format(
            id=path_segment("id", id),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/activity/meeting/{id}/integration/"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MeetingIntegration:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = MeetingIntegration.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MeetingIntegrationRequest,
) -> Response[MeetingIntegration]:
    """Create or update a meeting's third-party integration

     Attaches the calling OAuth app's data (shown as a tab named after the app in the activity feed) to a
    meeting. The first call per OAuth app creates the integration, later calls update it; an empty body
    changes nothing. OAuth apps only: API keys get an error.

    Args:
        id (str): The object's id.
        body (MeetingIntegrationRequest): The integration data to store for the calling OAuth app.

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
        Response[MeetingIntegration]: status, headers, raw content and ``parsed``.
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
    body: MeetingIntegrationRequest,
) -> MeetingIntegration:
    """Create or update a meeting's third-party integration

     Attaches the calling OAuth app's data (shown as a tab named after the app in the activity feed) to a
    meeting. The first call per OAuth app creates the integration, later calls update it; an empty body
    changes nothing. OAuth apps only: API keys get an error.

    Args:
        id (str): The object's id.
        body (MeetingIntegrationRequest): The integration data to store for the calling OAuth app.

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
        MeetingIntegration
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
