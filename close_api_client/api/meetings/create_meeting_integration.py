from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meeting_integration import MeetingIntegration
from ...models.meeting_integration_request import MeetingIntegrationRequest
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: MeetingIntegrationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/meeting/{id}/integration/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MeetingIntegration | None:
    if response.status_code == 200:
        response_200 = MeetingIntegration.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


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
        id (str):
        body (MeetingIntegrationRequest): The integration data to store for the calling OAuth app.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetingIntegration]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="POST /activity/meeting/{id}/integration/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MeetingIntegrationRequest,
) -> MeetingIntegration | None:
    """Create or update a meeting's third-party integration

     Attaches the calling OAuth app's data (shown as a tab named after the app in the activity feed) to a
    meeting. The first call per OAuth app creates the integration, later calls update it; an empty body
    changes nothing. OAuth apps only: API keys get an error.

    Args:
        id (str):
        body (MeetingIntegrationRequest): The integration data to store for the calling OAuth app.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
