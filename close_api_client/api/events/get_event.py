from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_activity_event import CallActivityEvent
from ...models.contact_event import ContactEvent
from ...models.custom_activity_event import CustomActivityEvent
from ...models.email_activity_event import EmailActivityEvent
from ...models.email_thread_activity_event import EmailThreadActivityEvent
from ...models.event import Event
from ...models.form_submission_activity_event import FormSubmissionActivityEvent
from ...models.lead_event import LeadEvent
from ...models.lead_status_change_activity_event import LeadStatusChangeActivityEvent
from ...models.lead_task_event import LeadTaskEvent
from ...models.meeting_activity_event import MeetingActivityEvent
from ...models.note_activity_event import NoteActivityEvent
from ...models.opportunity_event import OpportunityEvent
from ...models.opportunity_status_change_activity_event import OpportunityStatusChangeActivityEvent
from ...models.sms_activity_event import SmsActivityEvent
from ...models.task_completed_activity_event import TaskCompletedActivityEvent
from ...models.whats_app_message_activity_event import WhatsAppMessageActivityEvent
from ...types import Response, build_response, path_segment

OPERATION = "GET /event/{id}/"
"""Method and path template, as in openapi.yaml."""


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/event/{id}/".format(
            id=path_segment("id", id),
        ),
        # The transport reads the endpoint group from the template, not from id shapes.
        "extensions": {"close_path_template": "/event/{id}/"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CallActivityEvent
    | ContactEvent
    | CustomActivityEvent
    | EmailActivityEvent
    | EmailThreadActivityEvent
    | Event
    | FormSubmissionActivityEvent
    | LeadEvent
    | LeadStatusChangeActivityEvent
    | LeadTaskEvent
    | MeetingActivityEvent
    | NoteActivityEvent
    | OpportunityEvent
    | OpportunityStatusChangeActivityEvent
    | SmsActivityEvent
    | TaskCompletedActivityEvent
    | WhatsAppMessageActivityEvent
):
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)

    def _parse_response_200(
        data: object,
    ) -> (
        CallActivityEvent
        | ContactEvent
        | CustomActivityEvent
        | EmailActivityEvent
        | EmailThreadActivityEvent
        | Event
        | FormSubmissionActivityEvent
        | LeadEvent
        | LeadStatusChangeActivityEvent
        | LeadTaskEvent
        | MeetingActivityEvent
        | NoteActivityEvent
        | OpportunityEvent
        | OpportunityStatusChangeActivityEvent
        | SmsActivityEvent
        | TaskCompletedActivityEvent
        | WhatsAppMessageActivityEvent
    ):
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not LeadEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_0 = LeadEvent.from_dict(data)

            return componentsschemas_any_event_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not ContactEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_1 = ContactEvent.from_dict(data)

            return componentsschemas_any_event_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not OpportunityEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_2 = OpportunityEvent.from_dict(data)

            return componentsschemas_any_event_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not LeadTaskEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_3 = LeadTaskEvent.from_dict(data)

            return componentsschemas_any_event_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not NoteActivityEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_4 = NoteActivityEvent.from_dict(data)

            return componentsschemas_any_event_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not CallActivityEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_5 = CallActivityEvent.from_dict(data)

            return componentsschemas_any_event_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not EmailActivityEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_6 = EmailActivityEvent.from_dict(data)

            return componentsschemas_any_event_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not EmailThreadActivityEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_7 = EmailThreadActivityEvent.from_dict(data)

            return componentsschemas_any_event_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not SmsActivityEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_8 = SmsActivityEvent.from_dict(data)

            return componentsschemas_any_event_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not MeetingActivityEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_9 = MeetingActivityEvent.from_dict(data)

            return componentsschemas_any_event_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not WhatsAppMessageActivityEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_10 = WhatsAppMessageActivityEvent.from_dict(data)

            return componentsschemas_any_event_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not FormSubmissionActivityEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_11 = FormSubmissionActivityEvent.from_dict(data)

            return componentsschemas_any_event_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not LeadStatusChangeActivityEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_12 = LeadStatusChangeActivityEvent.from_dict(data)

            return componentsschemas_any_event_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not OpportunityStatusChangeActivityEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_13 = OpportunityStatusChangeActivityEvent.from_dict(
                data
            )

            return componentsschemas_any_event_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not TaskCompletedActivityEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_14 = TaskCompletedActivityEvent.from_dict(data)

            return componentsschemas_any_event_type_14
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            if not CustomActivityEvent._carries_constants(data):
                raise TypeError()

            componentsschemas_any_event_type_15 = CustomActivityEvent.from_dict(data)

            return componentsschemas_any_event_type_15
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_any_event_type_16 = Event.from_dict(data)

        return componentsschemas_any_event_type_16

    response_200 = _parse_response_200(response.json())

    return response_200


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CallActivityEvent
    | ContactEvent
    | CustomActivityEvent
    | EmailActivityEvent
    | EmailThreadActivityEvent
    | Event
    | FormSubmissionActivityEvent
    | LeadEvent
    | LeadStatusChangeActivityEvent
    | LeadTaskEvent
    | MeetingActivityEvent
    | NoteActivityEvent
    | OpportunityEvent
    | OpportunityStatusChangeActivityEvent
    | SmsActivityEvent
    | TaskCompletedActivityEvent
    | WhatsAppMessageActivityEvent
]:
    """Get an event

     Returns one event. For non-admins, `data` and `previous_data` are only included for
    events less than an hour old.

    Args:
        id (str): The object's id.

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
        Response[CallActivityEvent | ContactEvent | CustomActivityEvent | EmailActivityEvent | EmailThreadActivityEvent | Event | FormSubmissionActivityEvent | LeadEvent | LeadStatusChangeActivityEvent | LeadTaskEvent | MeetingActivityEvent | NoteActivityEvent | OpportunityEvent | OpportunityStatusChangeActivityEvent | SmsActivityEvent | TaskCompletedActivityEvent | WhatsAppMessageActivityEvent]: status, headers, raw content and ``parsed``.
    """

    kwargs = _get_kwargs(
        id=id,
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
) -> (
    CallActivityEvent
    | ContactEvent
    | CustomActivityEvent
    | EmailActivityEvent
    | EmailThreadActivityEvent
    | Event
    | FormSubmissionActivityEvent
    | LeadEvent
    | LeadStatusChangeActivityEvent
    | LeadTaskEvent
    | MeetingActivityEvent
    | NoteActivityEvent
    | OpportunityEvent
    | OpportunityStatusChangeActivityEvent
    | SmsActivityEvent
    | TaskCompletedActivityEvent
    | WhatsAppMessageActivityEvent
):
    """Get an event

     Returns one event. For non-admins, `data` and `previous_data` are only included for
    events less than an hour old.

    Args:
        id (str): The object's id.

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
        CallActivityEvent | ContactEvent | CustomActivityEvent | EmailActivityEvent | EmailThreadActivityEvent | Event | FormSubmissionActivityEvent | LeadEvent | LeadStatusChangeActivityEvent | LeadTaskEvent | MeetingActivityEvent | NoteActivityEvent | OpportunityEvent | OpportunityStatusChangeActivityEvent | SmsActivityEvent | TaskCompletedActivityEvent | WhatsAppMessageActivityEvent
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
