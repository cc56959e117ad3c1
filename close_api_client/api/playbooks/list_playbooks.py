import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.playbook_list import PlaybookList
from ...types import UNSET, Response, Unset, build_response

OPERATION = "GET /playbook/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_archived: bool | Unset = UNSET,
    position_gt: int | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_skip"] = skip

    params["_limit"] = limit

    params["is_archived"] = is_archived

    params["position__gt"] = position_gt

    json_created_at_lt: str | Unset = UNSET
    if not isinstance(created_at_lt, Unset):
        json_created_at_lt = created_at_lt.isoformat()
    params["created_at__lt"] = json_created_at_lt

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/playbook/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/playbook/"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlaybookList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = PlaybookList.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_archived: bool | Unset = UNSET,
    position_gt: int | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
) -> Response[PlaybookList]:
    """List playbooks

     Lists the organization's playbooks sorted by `position`, page by page. Archived and
    active playbooks are both returned unless `is_archived` is given.

    Args:
        skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
            maximum; beyond it Close answers 400.
        limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
        is_archived (bool | Unset): Only archived (`true`) or only active (`false`) playbooks;
            both when omitted.
        position_gt (int | Unset): Only playbooks whose `position` is greater than this.
        created_at_lt (datetime.datetime | Unset): Only playbooks created before this time.

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
        Response[PlaybookList]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        skip=skip,
        limit=limit,
        is_archived=is_archived,
        position_gt=position_gt,
        created_at_lt=created_at_lt,
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
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    is_archived: bool | Unset = UNSET,
    position_gt: int | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
) -> PlaybookList:
    """List playbooks

     Lists the organization's playbooks sorted by `position`, page by page. Archived and
    active playbooks are both returned unless `is_archived` is given.

    Args:
        skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
            maximum; beyond it Close answers 400.
        limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
        is_archived (bool | Unset): Only archived (`true`) or only active (`false`) playbooks;
            both when omitted.
        position_gt (int | Unset): Only playbooks whose `position` is greater than this.
        created_at_lt (datetime.datetime | Unset): Only playbooks created before this time.

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
        PlaybookList
    """

    return (
        await asyncio_detailed(
            client=client,
            skip=skip,
            limit=limit,
            is_archived=is_archived,
            position_gt=position_gt,
            created_at_lt=created_at_lt,
        )
    ).parsed
