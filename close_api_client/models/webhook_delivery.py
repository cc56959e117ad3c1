from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.call_activity_event import CallActivityEvent
    from ..models.contact_event import ContactEvent
    from ..models.custom_activity_event import CustomActivityEvent
    from ..models.email_activity_event import EmailActivityEvent
    from ..models.email_thread_activity_event import EmailThreadActivityEvent
    from ..models.event import Event
    from ..models.form_submission_activity_event import FormSubmissionActivityEvent
    from ..models.lead_event import LeadEvent
    from ..models.lead_status_change_activity_event import LeadStatusChangeActivityEvent
    from ..models.lead_task_event import LeadTaskEvent
    from ..models.meeting_activity_event import MeetingActivityEvent
    from ..models.note_activity_event import NoteActivityEvent
    from ..models.opportunity_event import OpportunityEvent
    from ..models.opportunity_status_change_activity_event import (
        OpportunityStatusChangeActivityEvent,
    )
    from ..models.sms_activity_event import SmsActivityEvent
    from ..models.task_completed_activity_event import TaskCompletedActivityEvent
    from ..models.whats_app_message_activity_event import WhatsAppMessageActivityEvent


T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery:
    """The JSON body Close POSTs to a subscription URL: one event-log entry and the subscription id.
    Signed with the headers `close-sig-hash` and `close-sig-timestamp`.

        Attributes:
            event (CallActivityEvent | ContactEvent | CustomActivityEvent | EmailActivityEvent | EmailThreadActivityEvent |
                Event | FormSubmissionActivityEvent | LeadEvent | LeadStatusChangeActivityEvent | LeadTaskEvent |
                MeetingActivityEvent | NoteActivityEvent | OpportunityEvent | OpportunityStatusChangeActivityEvent |
                SmsActivityEvent | TaskCompletedActivityEvent | WhatsAppMessageActivityEvent): An event, typed by its
                `object_type`: a member per object type whose object the spec
                knows, then `Event` for any other (or a missing) `object_type`. Members are tried in
                order, a typed one only for an event whose `object_type` is its constant.
            subscription_id (str | Unset):
    """

    event: (
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
    )
    subscription_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_activity_event import CallActivityEvent  # noqa: PLC0415
        from ..models.contact_event import ContactEvent  # noqa: PLC0415
        from ..models.custom_activity_event import CustomActivityEvent  # noqa: PLC0415
        from ..models.email_activity_event import EmailActivityEvent  # noqa: PLC0415
        from ..models.email_thread_activity_event import EmailThreadActivityEvent  # noqa: PLC0415
        from ..models.form_submission_activity_event import FormSubmissionActivityEvent  # noqa: PLC0415
        from ..models.lead_event import LeadEvent  # noqa: PLC0415
        from ..models.lead_status_change_activity_event import LeadStatusChangeActivityEvent  # noqa: PLC0415
        from ..models.lead_task_event import LeadTaskEvent  # noqa: PLC0415
        from ..models.meeting_activity_event import MeetingActivityEvent  # noqa: PLC0415
        from ..models.note_activity_event import NoteActivityEvent  # noqa: PLC0415
        from ..models.opportunity_event import OpportunityEvent  # noqa: PLC0415
        from ..models.opportunity_status_change_activity_event import (
            OpportunityStatusChangeActivityEvent,  # noqa: PLC0415
        )
        from ..models.sms_activity_event import SmsActivityEvent  # noqa: PLC0415
        from ..models.task_completed_activity_event import TaskCompletedActivityEvent  # noqa: PLC0415
        from ..models.whats_app_message_activity_event import WhatsAppMessageActivityEvent  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.event, Unset):  # absent only if trimmed by _fields
            event: dict[str, Any]
            if isinstance(self.event, LeadEvent):
                event = self.event.to_dict()
            elif isinstance(self.event, ContactEvent):
                event = self.event.to_dict()
            elif isinstance(self.event, OpportunityEvent):
                event = self.event.to_dict()
            elif isinstance(self.event, LeadTaskEvent):
                event = self.event.to_dict()
            elif isinstance(self.event, NoteActivityEvent):
                event = self.event.to_dict()
            elif isinstance(self.event, CallActivityEvent):
                event = self.event.to_dict()
            elif isinstance(self.event, EmailActivityEvent):
                event = self.event.to_dict()
            elif isinstance(self.event, EmailThreadActivityEvent):
                event = self.event.to_dict()
            elif isinstance(self.event, SmsActivityEvent):
                event = self.event.to_dict()
            elif isinstance(self.event, MeetingActivityEvent):
                event = self.event.to_dict()
            elif isinstance(self.event, WhatsAppMessageActivityEvent):
                event = self.event.to_dict()
            elif isinstance(self.event, FormSubmissionActivityEvent):
                event = self.event.to_dict()
            elif isinstance(self.event, LeadStatusChangeActivityEvent):
                event = self.event.to_dict()
            elif isinstance(self.event, OpportunityStatusChangeActivityEvent):
                event = self.event.to_dict()
            elif isinstance(self.event, TaskCompletedActivityEvent):
                event = self.event.to_dict()
            elif isinstance(self.event, CustomActivityEvent):
                event = self.event.to_dict()
            else:
                event = self.event.to_dict()

            field_dict["event"] = event

        subscription_id = self.subscription_id
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart. A ``src_dict`` that is not a JSON object raises ``TypeError``.
        """
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict: fast
            raise not_an_object("WebhookDelivery", src_dict)
        from ..models.call_activity_event import CallActivityEvent  # noqa: PLC0415
        from ..models.contact_event import ContactEvent  # noqa: PLC0415
        from ..models.custom_activity_event import CustomActivityEvent  # noqa: PLC0415
        from ..models.email_activity_event import EmailActivityEvent  # noqa: PLC0415
        from ..models.email_thread_activity_event import EmailThreadActivityEvent  # noqa: PLC0415
        from ..models.event import Event  # noqa: PLC0415
        from ..models.form_submission_activity_event import FormSubmissionActivityEvent  # noqa: PLC0415
        from ..models.lead_event import LeadEvent  # noqa: PLC0415
        from ..models.lead_status_change_activity_event import LeadStatusChangeActivityEvent  # noqa: PLC0415
        from ..models.lead_task_event import LeadTaskEvent  # noqa: PLC0415
        from ..models.meeting_activity_event import MeetingActivityEvent  # noqa: PLC0415
        from ..models.note_activity_event import NoteActivityEvent  # noqa: PLC0415
        from ..models.opportunity_event import OpportunityEvent  # noqa: PLC0415
        from ..models.opportunity_status_change_activity_event import (
            OpportunityStatusChangeActivityEvent,  # noqa: PLC0415
        )
        from ..models.sms_activity_event import SmsActivityEvent  # noqa: PLC0415
        from ..models.task_completed_activity_event import TaskCompletedActivityEvent  # noqa: PLC0415
        from ..models.whats_app_message_activity_event import WhatsAppMessageActivityEvent  # noqa: PLC0415

        d = dict(src_dict)
        _raw_event = d.pop("event", UNSET)
        try:
            _fits = _raw_event is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_event(
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

                    componentsschemas_any_event_type_10 = WhatsAppMessageActivityEvent.from_dict(
                        data
                    )

                    return componentsschemas_any_event_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not FormSubmissionActivityEvent._carries_constants(data):
                        raise TypeError()

                    componentsschemas_any_event_type_11 = FormSubmissionActivityEvent.from_dict(
                        data
                    )

                    return componentsschemas_any_event_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not LeadStatusChangeActivityEvent._carries_constants(data):
                        raise TypeError()

                    componentsschemas_any_event_type_12 = LeadStatusChangeActivityEvent.from_dict(
                        data
                    )

                    return componentsschemas_any_event_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not OpportunityStatusChangeActivityEvent._carries_constants(data):
                        raise TypeError()

                    componentsschemas_any_event_type_13 = (
                        OpportunityStatusChangeActivityEvent.from_dict(data)
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

            event = _parse_event(_raw_event)

        except (TypeError, ValueError, AttributeError, KeyError):
            event = MISSING
            if _raw_event is not UNSET:
                d["event"] = _raw_event

        _raw_subscription_id = d.pop("subscription_id", UNSET)
        subscription_id: str | Unset
        if isinstance(_raw_subscription_id, str):
            subscription_id = _raw_subscription_id
        else:
            subscription_id = UNSET
            if _raw_subscription_id is not UNSET:
                d["subscription_id"] = _raw_subscription_id

        parsed_obj = cls(
            event=event,
            subscription_id=subscription_id,
        )

        parsed_obj.additional_properties = d
        return parsed_obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
