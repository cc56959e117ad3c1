from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.phone_number import PhoneNumber
from ...models.phone_number_update import PhoneNumberUpdate
from ...types import Response, build_response


def _get_kwargs(
    id: str,
    *,
    body: PhoneNumberUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/phone_number/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PhoneNumber | None:
    if response.status_code == 200:
        response_200 = PhoneNumber.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status and not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PhoneNumberUpdate,
) -> Response[PhoneNumber]:
    """Update a phone number

     Changes the label, call forwarding, voicemail greeting (an https mp3 URL), or a group number's
    participants and external numbers. Only your own personal numbers, or group numbers with "Manage
    Group Phone Numbers".

    Args:
        id (str):
        body (PhoneNumberUpdate): Settings to change on a phone number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PhoneNumber]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(
        response,
        lambda r: _parse_response(client=client, response=r),
        operation="PUT /phone_number/{id}/",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PhoneNumberUpdate,
) -> PhoneNumber | None:
    """Update a phone number

     Changes the label, call forwarding, voicemail greeting (an https mp3 URL), or a group number's
    participants and external numbers. Only your own personal numbers, or group numbers with "Manage
    Group Phone Numbers".

    Args:
        id (str):
        body (PhoneNumberUpdate): Settings to change on a phone number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhoneNumber
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
