import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.whats_app_message_activity_list import WhatsAppMessageActivityList
from ...types import UNSET, Response, Unset, build_response

OPERATION = "GET /activity/whatsapp_message/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    *,
    lead_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    date_created_gt: datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.datetime | Unset = UNSET,
    activity_at_gt: datetime.datetime | Unset = UNSET,
    activity_at_gte: datetime.datetime | Unset = UNSET,
    activity_at_lt: datetime.datetime | Unset = UNSET,
    activity_at_lte: datetime.datetime | Unset = UNSET,
    external_whatsapp_message_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["lead_id"] = lead_id

    params["contact_id"] = contact_id

    params["user_id"] = user_id

    params["id__in"] = id_in

    params["organization_id"] = organization_id

    params["_type"] = type_

    json_date_created_gt: str | Unset = UNSET
    if not isinstance(date_created_gt, Unset):
        json_date_created_gt = date_created_gt.isoformat()
    params["date_created__gt"] = json_date_created_gt

    json_date_created_gte: str | Unset = UNSET
    if not isinstance(date_created_gte, Unset):
        json_date_created_gte = date_created_gte.isoformat()
    params["date_created__gte"] = json_date_created_gte

    json_date_created_lt: str | Unset = UNSET
    if not isinstance(date_created_lt, Unset):
        json_date_created_lt = date_created_lt.isoformat()
    params["date_created__lt"] = json_date_created_lt

    json_date_created_lte: str | Unset = UNSET
    if not isinstance(date_created_lte, Unset):
        json_date_created_lte = date_created_lte.isoformat()
    params["date_created__lte"] = json_date_created_lte

    json_activity_at_gt: str | Unset = UNSET
    if not isinstance(activity_at_gt, Unset):
        json_activity_at_gt = activity_at_gt.isoformat()
    params["activity_at__gt"] = json_activity_at_gt

    json_activity_at_gte: str | Unset = UNSET
    if not isinstance(activity_at_gte, Unset):
        json_activity_at_gte = activity_at_gte.isoformat()
    params["activity_at__gte"] = json_activity_at_gte

    json_activity_at_lt: str | Unset = UNSET
    if not isinstance(activity_at_lt, Unset):
        json_activity_at_lt = activity_at_lt.isoformat()
    params["activity_at__lt"] = json_activity_at_lt

    json_activity_at_lte: str | Unset = UNSET
    if not isinstance(activity_at_lte, Unset):
        json_activity_at_lte = activity_at_lte.isoformat()
    params["activity_at__lte"] = json_activity_at_lte

    params["external_whatsapp_message_id"] = external_whatsapp_message_id

    params["_skip"] = skip

    params["_limit"] = limit

    params["_fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/whatsapp_message/",
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/activity/whatsapp_message/"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WhatsAppMessageActivityList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = WhatsAppMessageActivityList.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lead_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    date_created_gt: datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.datetime | Unset = UNSET,
    activity_at_gt: datetime.datetime | Unset = UNSET,
    activity_at_gte: datetime.datetime | Unset = UNSET,
    activity_at_lt: datetime.datetime | Unset = UNSET,
    activity_at_lte: datetime.datetime | Unset = UNSET,
    external_whatsapp_message_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[WhatsAppMessageActivityList]:
    """List WhatsAppMessage activities

     Lists WhatsAppMessage activities. Filter by `external_whatsapp_message_id` to find the activity of a
    WhatsApp message to update or delete it.

    Args:
        lead_id (str | Unset): Only objects belonging to this lead.
        contact_id (str | Unset): Only activities of this contact (on the generic list: only
            together with `lead_id`).
        user_id (str | Unset): Only objects belonging to this user.
        id_in (str | Unset): Only these activities (comma-separated ids).
        organization_id (str | Unset): Only activities of this organization.
        type_ (str | Unset): Only activities of this type, e.g. `Call`; for custom activities a
            Custom Activity Type id (`actitype_...`) or `Custom` for any custom type.
        date_created_gt (datetime.datetime | Unset): Only objects created after this time.
        date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
        date_created_lt (datetime.datetime | Unset): Only objects created before this time.
        date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
        activity_at_gt (datetime.datetime | Unset): Only activities that happened after this time.
        activity_at_gte (datetime.datetime | Unset): Only activities that happened at or after
            this time.
        activity_at_lt (datetime.datetime | Unset): Only activities that happened before this
            time.
        activity_at_lte (datetime.datetime | Unset): Only activities that happened at or before
            this time.
        external_whatsapp_message_id (str | Unset): Only the activity of this WhatsApp message id.
        skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
            maximum; beyond it Close answers 400.
        limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.

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
        Response[WhatsAppMessageActivityList]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        lead_id=lead_id,
        contact_id=contact_id,
        user_id=user_id,
        id_in=id_in,
        organization_id=organization_id,
        type_=type_,
        date_created_gt=date_created_gt,
        date_created_gte=date_created_gte,
        date_created_lt=date_created_lt,
        date_created_lte=date_created_lte,
        activity_at_gt=activity_at_gt,
        activity_at_gte=activity_at_gte,
        activity_at_lt=activity_at_lt,
        activity_at_lte=activity_at_lte,
        external_whatsapp_message_id=external_whatsapp_message_id,
        skip=skip,
        limit=limit,
        fields=fields,
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
    lead_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    id_in: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    date_created_gt: datetime.datetime | Unset = UNSET,
    date_created_gte: datetime.datetime | Unset = UNSET,
    date_created_lt: datetime.datetime | Unset = UNSET,
    date_created_lte: datetime.datetime | Unset = UNSET,
    activity_at_gt: datetime.datetime | Unset = UNSET,
    activity_at_gte: datetime.datetime | Unset = UNSET,
    activity_at_lt: datetime.datetime | Unset = UNSET,
    activity_at_lte: datetime.datetime | Unset = UNSET,
    external_whatsapp_message_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> WhatsAppMessageActivityList:
    """List WhatsAppMessage activities

     Lists WhatsAppMessage activities. Filter by `external_whatsapp_message_id` to find the activity of a
    WhatsApp message to update or delete it.

    Args:
        lead_id (str | Unset): Only objects belonging to this lead.
        contact_id (str | Unset): Only activities of this contact (on the generic list: only
            together with `lead_id`).
        user_id (str | Unset): Only objects belonging to this user.
        id_in (str | Unset): Only these activities (comma-separated ids).
        organization_id (str | Unset): Only activities of this organization.
        type_ (str | Unset): Only activities of this type, e.g. `Call`; for custom activities a
            Custom Activity Type id (`actitype_...`) or `Custom` for any custom type.
        date_created_gt (datetime.datetime | Unset): Only objects created after this time.
        date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
        date_created_lt (datetime.datetime | Unset): Only objects created before this time.
        date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
        activity_at_gt (datetime.datetime | Unset): Only activities that happened after this time.
        activity_at_gte (datetime.datetime | Unset): Only activities that happened at or after
            this time.
        activity_at_lt (datetime.datetime | Unset): Only activities that happened before this
            time.
        activity_at_lte (datetime.datetime | Unset): Only activities that happened at or before
            this time.
        external_whatsapp_message_id (str | Unset): Only the activity of this WhatsApp message id.
        skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
            maximum; beyond it Close answers 400.
        limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
        fields (str | Unset): Comma-separated list of the fields to return, e.g.
            `id,display_name`.

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
        WhatsAppMessageActivityList
    """

    return (
        await asyncio_detailed(
            client=client,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            id_in=id_in,
            organization_id=organization_id,
            type_=type_,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            activity_at_gt=activity_at_gt,
            activity_at_gte=activity_at_gte,
            activity_at_lt=activity_at_lt,
            activity_at_lte=activity_at_lte,
            external_whatsapp_message_id=external_whatsapp_message_id,
            skip=skip,
            limit=limit,
            fields=fields,
        )
    ).parsed
