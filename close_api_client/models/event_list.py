from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_a_page, not_an_object

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


T = TypeVar("T", bound="EventList")


@_attrs_define
class EventList:
    """One page of events, latest first. `cursor_next` leads to older events and
    `cursor_previous` to newer ones; null when there are none.

        Attributes:
            data (list[CallActivityEvent | ContactEvent | CustomActivityEvent | EmailActivityEvent |
                EmailThreadActivityEvent | Event | FormSubmissionActivityEvent | LeadEvent | LeadStatusChangeActivityEvent |
                LeadTaskEvent | MeetingActivityEvent | NoteActivityEvent | OpportunityEvent |
                OpportunityStatusChangeActivityEvent | SmsActivityEvent | TaskCompletedActivityEvent |
                WhatsAppMessageActivityEvent]):
            cursor_next (None | str | Unset):
            cursor_previous (None | str | Unset):
    """

    data: list[
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
    ]
    cursor_next: None | str | Unset = UNSET
    cursor_previous: None | str | Unset = UNSET
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

        if not isinstance(self.data, Unset):  # absent only if trimmed by _fields
            data = []
            for data_item_data in self.data:
                data_item: dict[str, Any]
                if isinstance(data_item_data, LeadEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, ContactEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, OpportunityEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, LeadTaskEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, NoteActivityEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, CallActivityEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, EmailActivityEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, EmailThreadActivityEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SmsActivityEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, MeetingActivityEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, WhatsAppMessageActivityEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, FormSubmissionActivityEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, LeadStatusChangeActivityEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, OpportunityStatusChangeActivityEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, TaskCompletedActivityEvent):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, CustomActivityEvent):
                    data_item = data_item_data.to_dict()
                else:
                    data_item = data_item_data.to_dict()

                data.append(data_item)

            field_dict["data"] = data

        cursor_next: None | str | Unset
        if isinstance(self.cursor_next, Unset):
            cursor_next = UNSET
        else:
            cursor_next = self.cursor_next
        if cursor_next is not UNSET:
            field_dict["cursor_next"] = cursor_next

        cursor_previous: None | str | Unset
        if isinstance(self.cursor_previous, Unset):
            cursor_previous = UNSET
        else:
            cursor_previous = self.cursor_previous
        if cursor_previous is not UNSET:
            field_dict["cursor_previous"] = cursor_previous

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

        This model is a list envelope, so its required fields are strict too: a body whose
        ``data`` is absent or not a list of objects is not a page, and raises ``TypeError``
        (``ResponseParseError`` from the endpoint function) instead of leaving ``data`` UNSET.
        """
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict: fast
            raise not_an_object("EventList", src_dict)
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
        _raw_data = d.pop("data", UNSET)
        if _raw_data is UNSET or not isinstance(_raw_data, list):
            raise not_a_page("EventList", "data", _raw_data)
        data = []
        _data = _raw_data
        for data_item_data in _data:

            def _parse_data_item(
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

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        _raw_cursor_next = d.pop("cursor_next", UNSET)
        cursor_next: None | str | Unset
        if isinstance(_raw_cursor_next, str) or _raw_cursor_next is None:
            cursor_next = _raw_cursor_next
        else:
            cursor_next = UNSET
            if _raw_cursor_next is not UNSET:
                d["cursor_next"] = _raw_cursor_next

        _raw_cursor_previous = d.pop("cursor_previous", UNSET)
        cursor_previous: None | str | Unset
        if isinstance(_raw_cursor_previous, str) or _raw_cursor_previous is None:
            cursor_previous = _raw_cursor_previous
        else:
            cursor_previous = UNSET
            if _raw_cursor_previous is not UNSET:
                d["cursor_previous"] = _raw_cursor_previous

        parsed_obj = cls(
            data=data,
            cursor_next=cursor_next,
            cursor_previous=cursor_previous,
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
