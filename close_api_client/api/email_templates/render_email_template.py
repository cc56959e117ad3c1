from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_template_render_mode import EmailTemplateRenderMode
from ...models.rendered_email_template import RenderedEmailTemplate
from ...types import UNSET, Response, Unset, build_response, path_segment

OPERATION = "GET /email_template/{id}/render/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
    *,
    lead_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    entry: int | Unset = UNSET,
    mode: EmailTemplateRenderMode | Unset = UNSET,
    email_account_id: str | Unset = UNSET,
    bulk_object_type: str | Unset = UNSET,
    contact_preference: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    results_limit: int | Unset = UNSET,
    s_query: str | Unset = UNSET,
    sender: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tz_offset, Unset):
        headers["x-tz-offset"] = x_tz_offset

    params: dict[str, Any] = {}

    params["lead_id"] = lead_id

    params["contact_id"] = contact_id

    params["query"] = query

    params["entry"] = entry

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    params["email_account_id"] = email_account_id

    params["bulk_object_type"] = bulk_object_type

    params["contact_preference"] = contact_preference

    params["limit"] = limit

    params["results_limit"] = results_limit

    params["s_query"] = s_query

    params["sender"] = sender

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/email_template/{id}/render/".format(
            id=path_segment("id", id),
        ),
        "params": params,
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/email_template/{id}/render/"},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RenderedEmailTemplate:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    response_200 = RenderedEmailTemplate.from_dict(response.json())

    return response_200


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    lead_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    entry: int | Unset = UNSET,
    mode: EmailTemplateRenderMode | Unset = UNSET,
    email_account_id: str | Unset = UNSET,
    bulk_object_type: str | Unset = UNSET,
    contact_preference: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    results_limit: int | Unset = UNSET,
    s_query: str | Unset = UNSET,
    sender: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> Response[RenderedEmailTemplate]:
    """Render an email template

     Fills in the template for one lead and contact (`lead_id` and `contact_id`, both required in
    this form) as the current user would send it, or previews it for result number `entry` of a
    lead search `query`. An empty object means there is no such entry.

    Args:
        id (str): The object's id.
        lead_id (str | Unset): The lead to render for (together with `contact_id`).
        contact_id (str | Unset): The contact to render for (together with `lead_id`).
        query (str | Unset): A search query in Close's search syntax (as in the app's search box).
        entry (int | Unset): With `query`, the index (0 to 99) of the lead or contact to render.
        mode (EmailTemplateRenderMode | Unset): What `entry` indexes when rendering for a search
            query.
        email_account_id (str | Unset): The email account the rendered email would be sent from.
        bulk_object_type (str | Unset): One of `lead`, `contact`.
        contact_preference (str | Unset): One of `lead`, `contact`, `all`.
        limit (int | Unset): How many of the matching leads/contacts to render for (bulk preview).
        results_limit (int | Unset): Cap on the number of leads the query matches, as in bulk
            actions.
        s_query (str | Unset): A structured search query (JSON), as in `POST /data/search/`,
            selecting the recipients.
        sender (str | Unset): The sender's email address.
        sort (str | Unset): Sort order of the matching recipients. Close's published OpenAPI
            document types it as a list of `{field, direction}`; how it is serialised in a query
            string is not documented, so it is a plain string here.
        x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
            `5.75`). Close uses it for
            relative dates in queries (`created:today`), date filters, reports and defaults such
            as an opportunity's `date_won`.

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
        Response[RenderedEmailTemplate]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        id=id,
        lead_id=lead_id,
        contact_id=contact_id,
        query=query,
        entry=entry,
        mode=mode,
        email_account_id=email_account_id,
        bulk_object_type=bulk_object_type,
        contact_preference=contact_preference,
        limit=limit,
        results_limit=results_limit,
        s_query=s_query,
        sender=sender,
        sort=sort,
        x_tz_offset=x_tz_offset,
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
    lead_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    entry: int | Unset = UNSET,
    mode: EmailTemplateRenderMode | Unset = UNSET,
    email_account_id: str | Unset = UNSET,
    bulk_object_type: str | Unset = UNSET,
    contact_preference: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    results_limit: int | Unset = UNSET,
    s_query: str | Unset = UNSET,
    sender: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    x_tz_offset: str | Unset = UNSET,
) -> RenderedEmailTemplate:
    """Render an email template

     Fills in the template for one lead and contact (`lead_id` and `contact_id`, both required in
    this form) as the current user would send it, or previews it for result number `entry` of a
    lead search `query`. An empty object means there is no such entry.

    Args:
        id (str): The object's id.
        lead_id (str | Unset): The lead to render for (together with `contact_id`).
        contact_id (str | Unset): The contact to render for (together with `lead_id`).
        query (str | Unset): A search query in Close's search syntax (as in the app's search box).
        entry (int | Unset): With `query`, the index (0 to 99) of the lead or contact to render.
        mode (EmailTemplateRenderMode | Unset): What `entry` indexes when rendering for a search
            query.
        email_account_id (str | Unset): The email account the rendered email would be sent from.
        bulk_object_type (str | Unset): One of `lead`, `contact`.
        contact_preference (str | Unset): One of `lead`, `contact`, `all`.
        limit (int | Unset): How many of the matching leads/contacts to render for (bulk preview).
        results_limit (int | Unset): Cap on the number of leads the query matches, as in bulk
            actions.
        s_query (str | Unset): A structured search query (JSON), as in `POST /data/search/`,
            selecting the recipients.
        sender (str | Unset): The sender's email address.
        sort (str | Unset): Sort order of the matching recipients. Close's published OpenAPI
            document types it as a list of `{field, direction}`; how it is serialised in a query
            string is not documented, so it is a plain string here.
        x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
            `5.75`). Close uses it for
            relative dates in queries (`created:today`), date filters, reports and defaults such
            as an opportunity's `date_won`.

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
        RenderedEmailTemplate
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            lead_id=lead_id,
            contact_id=contact_id,
            query=query,
            entry=entry,
            mode=mode,
            email_account_id=email_account_id,
            bulk_object_type=bulk_object_type,
            contact_preference=contact_preference,
            limit=limit,
            results_limit=results_limit,
            s_query=s_query,
            sender=sender,
            sort=sort,
            x_tz_offset=x_tz_offset,
        )
    ).parsed
