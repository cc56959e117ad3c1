from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_a_page, not_an_object

if TYPE_CHECKING:
    from ..models.call_activity import CallActivity
    from ..models.created_activity import CreatedActivity
    from ..models.custom_activity import CustomActivity
    from ..models.email_activity import EmailActivity
    from ..models.email_thread_activity import EmailThreadActivity
    from ..models.form_submission_activity import FormSubmissionActivity
    from ..models.lead_merge_activity import LeadMergeActivity
    from ..models.lead_status_change_activity import LeadStatusChangeActivity
    from ..models.meeting_activity import MeetingActivity
    from ..models.note_activity import NoteActivity
    from ..models.opportunity_status_change_activity import OpportunityStatusChangeActivity
    from ..models.sms_activity import SmsActivity
    from ..models.task_completed_activity import TaskCompletedActivity
    from ..models.unknown_activity import UnknownActivity
    from ..models.whats_app_message_activity import WhatsAppMessageActivity


T = TypeVar("T", bound="ActivityList")


@_attrs_define
class ActivityList:
    """One page of activities of mixed types.

    Attributes:
        data (list[CallActivity | CreatedActivity | CustomActivity | EmailActivity | EmailThreadActivity |
            FormSubmissionActivity | LeadMergeActivity | LeadStatusChangeActivity | MeetingActivity | NoteActivity |
            OpportunityStatusChangeActivity | SmsActivity | TaskCompletedActivity | UnknownActivity |
            WhatsAppMessageActivity]):
        has_more (bool):
    """

    data: list[
        CallActivity
        | CreatedActivity
        | CustomActivity
        | EmailActivity
        | EmailThreadActivity
        | FormSubmissionActivity
        | LeadMergeActivity
        | LeadStatusChangeActivity
        | MeetingActivity
        | NoteActivity
        | OpportunityStatusChangeActivity
        | SmsActivity
        | TaskCompletedActivity
        | UnknownActivity
        | WhatsAppMessageActivity
    ]
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_activity import CallActivity  # noqa: PLC0415
        from ..models.created_activity import CreatedActivity  # noqa: PLC0415
        from ..models.custom_activity import CustomActivity  # noqa: PLC0415
        from ..models.email_activity import EmailActivity  # noqa: PLC0415
        from ..models.email_thread_activity import EmailThreadActivity  # noqa: PLC0415
        from ..models.form_submission_activity import FormSubmissionActivity  # noqa: PLC0415
        from ..models.lead_merge_activity import LeadMergeActivity  # noqa: PLC0415
        from ..models.lead_status_change_activity import LeadStatusChangeActivity  # noqa: PLC0415
        from ..models.meeting_activity import MeetingActivity  # noqa: PLC0415
        from ..models.note_activity import NoteActivity  # noqa: PLC0415
        from ..models.opportunity_status_change_activity import OpportunityStatusChangeActivity  # noqa: PLC0415
        from ..models.sms_activity import SmsActivity  # noqa: PLC0415
        from ..models.task_completed_activity import TaskCompletedActivity  # noqa: PLC0415
        from ..models.whats_app_message_activity import WhatsAppMessageActivity  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.data, Unset):  # absent only if trimmed by _fields
            data = []
            for data_item_data in self.data:
                data_item: dict[str, Any]
                if isinstance(data_item_data, NoteActivity):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, CallActivity):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, EmailActivity):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, EmailThreadActivity):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SmsActivity):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, MeetingActivity):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, CreatedActivity):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, LeadStatusChangeActivity):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, OpportunityStatusChangeActivity):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, TaskCompletedActivity):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, FormSubmissionActivity):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, LeadMergeActivity):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, WhatsAppMessageActivity):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, CustomActivity):
                    data_item = data_item_data.to_dict()
                else:
                    data_item = data_item_data.to_dict()

                data.append(data_item)

            field_dict["data"] = data

        if not isinstance(self.has_more, Unset):  # absent only if trimmed by _fields
            has_more = self.has_more
            field_dict["has_more"] = has_more

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
            raise not_an_object("ActivityList", src_dict)
        from ..models.call_activity import CallActivity  # noqa: PLC0415
        from ..models.created_activity import CreatedActivity  # noqa: PLC0415
        from ..models.custom_activity import CustomActivity  # noqa: PLC0415
        from ..models.email_activity import EmailActivity  # noqa: PLC0415
        from ..models.email_thread_activity import EmailThreadActivity  # noqa: PLC0415
        from ..models.form_submission_activity import FormSubmissionActivity  # noqa: PLC0415
        from ..models.lead_merge_activity import LeadMergeActivity  # noqa: PLC0415
        from ..models.lead_status_change_activity import LeadStatusChangeActivity  # noqa: PLC0415
        from ..models.meeting_activity import MeetingActivity  # noqa: PLC0415
        from ..models.note_activity import NoteActivity  # noqa: PLC0415
        from ..models.opportunity_status_change_activity import OpportunityStatusChangeActivity  # noqa: PLC0415
        from ..models.sms_activity import SmsActivity  # noqa: PLC0415
        from ..models.task_completed_activity import TaskCompletedActivity  # noqa: PLC0415
        from ..models.unknown_activity import UnknownActivity  # noqa: PLC0415
        from ..models.whats_app_message_activity import WhatsAppMessageActivity  # noqa: PLC0415

        d = dict(src_dict)
        _raw_data = d.pop("data", UNSET)
        if _raw_data is UNSET or not isinstance(_raw_data, list):
            raise not_a_page("ActivityList", "data", _raw_data)
        data = []
        _data = _raw_data
        for data_item_data in _data:

            def _parse_data_item(
                data: object,
            ) -> (
                CallActivity
                | CreatedActivity
                | CustomActivity
                | EmailActivity
                | EmailThreadActivity
                | FormSubmissionActivity
                | LeadMergeActivity
                | LeadStatusChangeActivity
                | MeetingActivity
                | NoteActivity
                | OpportunityStatusChangeActivity
                | SmsActivity
                | TaskCompletedActivity
                | UnknownActivity
                | WhatsAppMessageActivity
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not NoteActivity._carries_constants(data):
                        raise TypeError()

                    componentsschemas_activity_type_0 = NoteActivity.from_dict(data)

                    return componentsschemas_activity_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not CallActivity._carries_constants(data):
                        raise TypeError()

                    componentsschemas_activity_type_1 = CallActivity.from_dict(data)

                    return componentsschemas_activity_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not EmailActivity._carries_constants(data):
                        raise TypeError()

                    componentsschemas_activity_type_2 = EmailActivity.from_dict(data)

                    return componentsschemas_activity_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not EmailThreadActivity._carries_constants(data):
                        raise TypeError()

                    componentsschemas_activity_type_3 = EmailThreadActivity.from_dict(data)

                    return componentsschemas_activity_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not SmsActivity._carries_constants(data):
                        raise TypeError()

                    componentsschemas_activity_type_4 = SmsActivity.from_dict(data)

                    return componentsschemas_activity_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not MeetingActivity._carries_constants(data):
                        raise TypeError()

                    componentsschemas_activity_type_5 = MeetingActivity.from_dict(data)

                    return componentsschemas_activity_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not CreatedActivity._carries_constants(data):
                        raise TypeError()

                    componentsschemas_activity_type_6 = CreatedActivity.from_dict(data)

                    return componentsschemas_activity_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not LeadStatusChangeActivity._carries_constants(data):
                        raise TypeError()

                    componentsschemas_activity_type_7 = LeadStatusChangeActivity.from_dict(data)

                    return componentsschemas_activity_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not OpportunityStatusChangeActivity._carries_constants(data):
                        raise TypeError()

                    componentsschemas_activity_type_8 = OpportunityStatusChangeActivity.from_dict(
                        data
                    )

                    return componentsschemas_activity_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not TaskCompletedActivity._carries_constants(data):
                        raise TypeError()

                    componentsschemas_activity_type_9 = TaskCompletedActivity.from_dict(data)

                    return componentsschemas_activity_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not FormSubmissionActivity._carries_constants(data):
                        raise TypeError()

                    componentsschemas_activity_type_10 = FormSubmissionActivity.from_dict(data)

                    return componentsschemas_activity_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not LeadMergeActivity._carries_constants(data):
                        raise TypeError()

                    componentsschemas_activity_type_11 = LeadMergeActivity.from_dict(data)

                    return componentsschemas_activity_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not WhatsAppMessageActivity._carries_constants(data):
                        raise TypeError()

                    componentsschemas_activity_type_12 = WhatsAppMessageActivity.from_dict(data)

                    return componentsschemas_activity_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not CustomActivity._carries_constants(data):
                        raise TypeError()

                    componentsschemas_activity_type_13 = CustomActivity.from_dict(data)

                    return componentsschemas_activity_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_type_14 = UnknownActivity.from_dict(data)

                return componentsschemas_activity_type_14

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        _raw_has_more = d.pop("has_more", UNSET)
        has_more: bool
        if isinstance(_raw_has_more, bool):
            has_more = _raw_has_more
        else:
            raise not_a_page("ActivityList", "has_more", _raw_has_more)

        parsed_obj = cls(
            data=data,
            has_more=has_more,
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
