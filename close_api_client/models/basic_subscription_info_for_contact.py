from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_reason import StatusReason
from ..models.workflow_run_status import WorkflowRunStatus
from ..models.workflow_status import WorkflowStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="BasicSubscriptionInfoForContact")


@_attrs_define
class BasicSubscriptionInfoForContact:
    """
    Attributes:
        contact_email (None | str | Unset):
        date_created (datetime.datetime | Unset):
        initial_email_id (None | str | Unset):
        sequence_id (str | Unset):
        sequence_name (str | Unset):
        sequence_status (WorkflowStatus | Unset):
        start_date (datetime.datetime | None | Unset):
        subscription_id (str | Unset):
        subscription_status (WorkflowRunStatus | Unset):
        subscription_status_reason (None | StatusReason | Unset):
    """

    contact_email: None | str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    initial_email_id: None | str | Unset = UNSET
    sequence_id: str | Unset = UNSET
    sequence_name: str | Unset = UNSET
    sequence_status: WorkflowStatus | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    subscription_id: str | Unset = UNSET
    subscription_status: WorkflowRunStatus | Unset = UNSET
    subscription_status_reason: None | StatusReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        initial_email_id: None | str | Unset
        if isinstance(self.initial_email_id, Unset):
            initial_email_id = UNSET
        else:
            initial_email_id = self.initial_email_id
        if initial_email_id is not UNSET:
            field_dict["initial_email_id"] = initial_email_id

        sequence_id = self.sequence_id
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id

        sequence_name = self.sequence_name
        if sequence_name is not UNSET:
            field_dict["sequence_name"] = sequence_name

        sequence_status: str | Unset = UNSET
        if not isinstance(self.sequence_status, Unset):
            sequence_status = self.sequence_status.value

        if sequence_status is not UNSET:
            field_dict["sequence_status"] = sequence_status

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        subscription_id = self.subscription_id
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id

        subscription_status: str | Unset = UNSET
        if not isinstance(self.subscription_status, Unset):
            subscription_status = self.subscription_status.value

        if subscription_status is not UNSET:
            field_dict["subscription_status"] = subscription_status

        subscription_status_reason: None | str | Unset
        if isinstance(self.subscription_status_reason, Unset):
            subscription_status_reason = UNSET
        elif isinstance(self.subscription_status_reason, StatusReason):
            subscription_status_reason = self.subscription_status_reason.value
        else:
            subscription_status_reason = self.subscription_status_reason
        if subscription_status_reason is not UNSET:
            field_dict["subscription_status_reason"] = subscription_status_reason

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
        d = dict(src_dict)
        _raw_contact_email = d.pop("contact_email", UNSET)
        contact_email: None | str | Unset
        if isinstance(_raw_contact_email, str) or _raw_contact_email is None:
            contact_email = _raw_contact_email
        else:
            contact_email = UNSET
            if _raw_contact_email is not UNSET:
                d["contact_email"] = _raw_contact_email

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _date_created = _raw_date_created
            date_created: datetime.datetime | Unset
            if isinstance(_date_created, Unset):
                date_created = UNSET
            else:
                date_created = parse_datetime(_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = UNSET
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_initial_email_id = d.pop("initial_email_id", UNSET)
        initial_email_id: None | str | Unset
        if isinstance(_raw_initial_email_id, str) or _raw_initial_email_id is None:
            initial_email_id = _raw_initial_email_id
        else:
            initial_email_id = UNSET
            if _raw_initial_email_id is not UNSET:
                d["initial_email_id"] = _raw_initial_email_id

        _raw_sequence_id = d.pop("sequence_id", UNSET)
        sequence_id: str | Unset
        if isinstance(_raw_sequence_id, str):
            sequence_id = _raw_sequence_id
        else:
            sequence_id = UNSET
            if _raw_sequence_id is not UNSET:
                d["sequence_id"] = _raw_sequence_id

        _raw_sequence_name = d.pop("sequence_name", UNSET)
        sequence_name: str | Unset
        if isinstance(_raw_sequence_name, str):
            sequence_name = _raw_sequence_name
        else:
            sequence_name = UNSET
            if _raw_sequence_name is not UNSET:
                d["sequence_name"] = _raw_sequence_name

        _raw_sequence_status = d.pop("sequence_status", UNSET)
        try:
            _sequence_status = _raw_sequence_status
            sequence_status: WorkflowStatus | Unset
            if isinstance(_sequence_status, Unset):
                sequence_status = UNSET
            else:
                sequence_status = WorkflowStatus(_sequence_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            sequence_status = UNSET
            if _raw_sequence_status is not UNSET:
                d["sequence_status"] = _raw_sequence_status

        _raw_start_date = d.pop("start_date", UNSET)
        try:

            def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    start_date_type_0 = parse_datetime(data)

                    return start_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            start_date = _parse_start_date(_raw_start_date)

        except (TypeError, ValueError, AttributeError, KeyError):
            start_date = UNSET
            if _raw_start_date is not UNSET:
                d["start_date"] = _raw_start_date

        _raw_subscription_id = d.pop("subscription_id", UNSET)
        subscription_id: str | Unset
        if isinstance(_raw_subscription_id, str):
            subscription_id = _raw_subscription_id
        else:
            subscription_id = UNSET
            if _raw_subscription_id is not UNSET:
                d["subscription_id"] = _raw_subscription_id

        _raw_subscription_status = d.pop("subscription_status", UNSET)
        try:
            _subscription_status = _raw_subscription_status
            subscription_status: WorkflowRunStatus | Unset
            if isinstance(_subscription_status, Unset):
                subscription_status = UNSET
            else:
                subscription_status = WorkflowRunStatus(_subscription_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            subscription_status = UNSET
            if _raw_subscription_status is not UNSET:
                d["subscription_status"] = _raw_subscription_status

        _raw_subscription_status_reason = d.pop("subscription_status_reason", UNSET)
        try:

            def _parse_subscription_status_reason(data: object) -> None | StatusReason | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    subscription_status_reason_type_0 = StatusReason(data)

                    return subscription_status_reason_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | StatusReason | Unset, data)

            subscription_status_reason = _parse_subscription_status_reason(
                _raw_subscription_status_reason
            )

        except (TypeError, ValueError, AttributeError, KeyError):
            subscription_status_reason = UNSET
            if _raw_subscription_status_reason is not UNSET:
                d["subscription_status_reason"] = _raw_subscription_status_reason

        parsed_obj = cls(
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
