from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_reason import StatusReason
from ..models.workflow_run_status import WorkflowRunStatus
from ..models.workflow_status import WorkflowStatus
from ..types import parse_datetime

T = TypeVar("T", bound="BasicSubscriptionInfoForContact")


@_attrs_define
class BasicSubscriptionInfoForContact:
    """
    Attributes:
        contact_email (None | str):
        date_created (datetime.datetime):
        initial_email_id (None | str):
        sequence_id (str):
        sequence_name (str):
        sequence_status (WorkflowStatus):
        start_date (datetime.datetime | None):
        subscription_id (str):
        subscription_status (WorkflowRunStatus):
        subscription_status_reason (None | StatusReason):
    """

    contact_email: None | str
    date_created: datetime.datetime
    initial_email_id: None | str
    sequence_id: str
    sequence_name: str
    sequence_status: WorkflowStatus
    start_date: datetime.datetime | None
    subscription_id: str
    subscription_status: WorkflowRunStatus
    subscription_status_reason: None | StatusReason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_email: None | str
        contact_email = self.contact_email

        date_created = self.date_created.isoformat()

        initial_email_id: None | str
        initial_email_id = self.initial_email_id

        sequence_id = self.sequence_id

        sequence_name = self.sequence_name

        sequence_status = self.sequence_status.value

        start_date: None | str
        if isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        subscription_id = self.subscription_id

        subscription_status = self.subscription_status.value

        subscription_status_reason: None | str
        if isinstance(self.subscription_status_reason, StatusReason):
            subscription_status_reason = self.subscription_status_reason.value
        else:
            subscription_status_reason = self.subscription_status_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_email": contact_email,
                "date_created": date_created,
                "initial_email_id": initial_email_id,
                "sequence_id": sequence_id,
                "sequence_name": sequence_name,
                "sequence_status": sequence_status,
                "start_date": start_date,
                "subscription_id": subscription_id,
                "subscription_status": subscription_status,
                "subscription_status_reason": subscription_status_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_contact_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_email = _parse_contact_email(d.pop("contact_email"))

        date_created = parse_datetime(d.pop("date_created"))

        def _parse_initial_email_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        initial_email_id = _parse_initial_email_id(d.pop("initial_email_id"))

        sequence_id = d.pop("sequence_id")

        sequence_name = d.pop("sequence_name")

        sequence_status = WorkflowStatus(d.pop("sequence_status"))

        def _parse_start_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = parse_datetime(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        subscription_id = d.pop("subscription_id")

        subscription_status = WorkflowRunStatus(d.pop("subscription_status"))

        def _parse_subscription_status_reason(data: object) -> None | StatusReason:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subscription_status_reason_type_0 = StatusReason(data)

                return subscription_status_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatusReason, data)

        subscription_status_reason = _parse_subscription_status_reason(
            d.pop("subscription_status_reason")
        )

        basic_subscription_info_for_contact = cls(
            contact_email=contact_email,
            date_created=date_created,
            initial_email_id=initial_email_id,
            sequence_id=sequence_id,
            sequence_name=sequence_name,
            sequence_status=sequence_status,
            start_date=start_date,
            subscription_id=subscription_id,
            subscription_status=subscription_status,
            subscription_status_reason=subscription_status_reason,
        )

        basic_subscription_info_for_contact.additional_properties = d
        return basic_subscription_info_for_contact

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
