from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_activity_variant import CallActivityVariant
    from ..models.created_activity_variant import CreatedActivityVariant
    from ..models.custom_activity_variant import CustomActivityVariant
    from ..models.email_activity_variant import EmailActivityVariant
    from ..models.email_thread_activity_variant import EmailThreadActivityVariant
    from ..models.form_submission_activity_variant import FormSubmissionActivityVariant
    from ..models.lead_merge_activity_variant import LeadMergeActivityVariant
    from ..models.lead_status_change_activity_variant import LeadStatusChangeActivityVariant
    from ..models.meeting_activity_variant import MeetingActivityVariant
    from ..models.note_activity_variant import NoteActivityVariant
    from ..models.opportunity_status_change_activity_variant import (
        OpportunityStatusChangeActivityVariant,
    )
    from ..models.sms_activity_variant import SmsActivityVariant
    from ..models.task_completed_activity_variant import TaskCompletedActivityVariant
    from ..models.unknown_activity import UnknownActivity
    from ..models.whats_app_message_activity_variant import WhatsAppMessageActivityVariant


T = TypeVar("T", bound="ActivityList")


@_attrs_define
class ActivityList:
    """One page of activities of mixed types.

    Attributes:
        data (list[CallActivityVariant | CreatedActivityVariant | CustomActivityVariant | EmailActivityVariant |
            EmailThreadActivityVariant | FormSubmissionActivityVariant | LeadMergeActivityVariant |
            LeadStatusChangeActivityVariant | MeetingActivityVariant | NoteActivityVariant |
            OpportunityStatusChangeActivityVariant | SmsActivityVariant | TaskCompletedActivityVariant | UnknownActivity |
            WhatsAppMessageActivityVariant]):
        has_more (bool):
    """

    data: list[
        CallActivityVariant
        | CreatedActivityVariant
        | CustomActivityVariant
        | EmailActivityVariant
        | EmailThreadActivityVariant
        | FormSubmissionActivityVariant
        | LeadMergeActivityVariant
        | LeadStatusChangeActivityVariant
        | MeetingActivityVariant
        | NoteActivityVariant
        | OpportunityStatusChangeActivityVariant
        | SmsActivityVariant
        | TaskCompletedActivityVariant
        | UnknownActivity
        | WhatsAppMessageActivityVariant
    ]
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_activity_variant import CallActivityVariant  # noqa: PLC0415
        from ..models.created_activity_variant import CreatedActivityVariant  # noqa: PLC0415
        from ..models.custom_activity_variant import CustomActivityVariant  # noqa: PLC0415
        from ..models.email_activity_variant import EmailActivityVariant  # noqa: PLC0415
        from ..models.email_thread_activity_variant import EmailThreadActivityVariant  # noqa: PLC0415
        from ..models.form_submission_activity_variant import FormSubmissionActivityVariant  # noqa: PLC0415
        from ..models.lead_merge_activity_variant import LeadMergeActivityVariant  # noqa: PLC0415
        from ..models.lead_status_change_activity_variant import LeadStatusChangeActivityVariant  # noqa: PLC0415
        from ..models.meeting_activity_variant import MeetingActivityVariant  # noqa: PLC0415
        from ..models.note_activity_variant import NoteActivityVariant  # noqa: PLC0415
        from ..models.opportunity_status_change_activity_variant import (
            OpportunityStatusChangeActivityVariant,  # noqa: PLC0415
        )
        from ..models.sms_activity_variant import SmsActivityVariant  # noqa: PLC0415
        from ..models.task_completed_activity_variant import TaskCompletedActivityVariant  # noqa: PLC0415
        from ..models.whats_app_message_activity_variant import WhatsAppMessageActivityVariant  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.data, Unset):  # absent only if trimmed by _fields
            data = []
            for data_item_data in self.data:
                data_item: dict[str, Any]
                if isinstance(data_item_data, NoteActivityVariant):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, CallActivityVariant):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, EmailActivityVariant):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, EmailThreadActivityVariant):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, SmsActivityVariant):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, MeetingActivityVariant):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, CreatedActivityVariant):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, LeadStatusChangeActivityVariant):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, OpportunityStatusChangeActivityVariant):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, TaskCompletedActivityVariant):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, FormSubmissionActivityVariant):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, LeadMergeActivityVariant):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, WhatsAppMessageActivityVariant):
                    data_item = data_item_data.to_dict()
                elif isinstance(data_item_data, CustomActivityVariant):
                    data_item = data_item_data.to_dict()
                else:
                    data_item = data_item_data.to_dict()

                data.append(data_item)

            field_dict["data"] = data

        if not isinstance(self.has_more, Unset):  # absent only if trimmed by _fields
            has_more = self.has_more
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart.
        """
        from ..models.call_activity_variant import CallActivityVariant  # noqa: PLC0415
        from ..models.created_activity_variant import CreatedActivityVariant  # noqa: PLC0415
        from ..models.custom_activity_variant import CustomActivityVariant  # noqa: PLC0415
        from ..models.email_activity_variant import EmailActivityVariant  # noqa: PLC0415
        from ..models.email_thread_activity_variant import EmailThreadActivityVariant  # noqa: PLC0415
        from ..models.form_submission_activity_variant import FormSubmissionActivityVariant  # noqa: PLC0415
        from ..models.lead_merge_activity_variant import LeadMergeActivityVariant  # noqa: PLC0415
        from ..models.lead_status_change_activity_variant import LeadStatusChangeActivityVariant  # noqa: PLC0415
        from ..models.meeting_activity_variant import MeetingActivityVariant  # noqa: PLC0415
        from ..models.note_activity_variant import NoteActivityVariant  # noqa: PLC0415
        from ..models.opportunity_status_change_activity_variant import (
            OpportunityStatusChangeActivityVariant,  # noqa: PLC0415
        )
        from ..models.sms_activity_variant import SmsActivityVariant  # noqa: PLC0415
        from ..models.task_completed_activity_variant import TaskCompletedActivityVariant  # noqa: PLC0415
        from ..models.unknown_activity import UnknownActivity  # noqa: PLC0415
        from ..models.whats_app_message_activity_variant import WhatsAppMessageActivityVariant  # noqa: PLC0415

        d = dict(src_dict)
        _raw_data = d.pop("data", UNSET)
        try:
            _fits = _raw_data is not UNSET and isinstance(_raw_data, list)
            if not _fits:
                raise TypeError()
            data = []
            _data = _raw_data
            for data_item_data in _data:

                def _parse_data_item(
                    data: object,
                ) -> (
                    CallActivityVariant
                    | CreatedActivityVariant
                    | CustomActivityVariant
                    | EmailActivityVariant
                    | EmailThreadActivityVariant
                    | FormSubmissionActivityVariant
                    | LeadMergeActivityVariant
                    | LeadStatusChangeActivityVariant
                    | MeetingActivityVariant
                    | NoteActivityVariant
                    | OpportunityStatusChangeActivityVariant
                    | SmsActivityVariant
                    | TaskCompletedActivityVariant
                    | UnknownActivity
                    | WhatsAppMessageActivityVariant
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_activity_type_0 = NoteActivityVariant.from_dict(data)

                        return componentsschemas_activity_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_activity_type_1 = CallActivityVariant.from_dict(data)

                        return componentsschemas_activity_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_activity_type_2 = EmailActivityVariant.from_dict(data)

                        return componentsschemas_activity_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_activity_type_3 = EmailThreadActivityVariant.from_dict(
                            data
                        )

                        return componentsschemas_activity_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_activity_type_4 = SmsActivityVariant.from_dict(data)

                        return componentsschemas_activity_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_activity_type_5 = MeetingActivityVariant.from_dict(data)

                        return componentsschemas_activity_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_activity_type_6 = CreatedActivityVariant.from_dict(data)

                        return componentsschemas_activity_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_activity_type_7 = (
                            LeadStatusChangeActivityVariant.from_dict(data)
                        )

                        return componentsschemas_activity_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_activity_type_8 = (
                            OpportunityStatusChangeActivityVariant.from_dict(data)
                        )

                        return componentsschemas_activity_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_activity_type_9 = TaskCompletedActivityVariant.from_dict(
                            data
                        )

                        return componentsschemas_activity_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_activity_type_10 = (
                            FormSubmissionActivityVariant.from_dict(data)
                        )

                        return componentsschemas_activity_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_activity_type_11 = LeadMergeActivityVariant.from_dict(
                            data
                        )

                        return componentsschemas_activity_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_activity_type_12 = (
                            WhatsAppMessageActivityVariant.from_dict(data)
                        )

                        return componentsschemas_activity_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_activity_type_13 = CustomActivityVariant.from_dict(data)

                        return componentsschemas_activity_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_activity_type_14 = UnknownActivity.from_dict(data)

                    return componentsschemas_activity_type_14

                data_item = _parse_data_item(data_item_data)

                data.append(data_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            data = MISSING
            if _raw_data is not UNSET:
                d["data"] = _raw_data

        _raw_has_more = d.pop("has_more", UNSET)
        has_more: bool
        if isinstance(_raw_has_more, bool):
            has_more = _raw_has_more
        else:
            has_more = MISSING
            if _raw_has_more is not UNSET:
                d["has_more"] = _raw_has_more

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
