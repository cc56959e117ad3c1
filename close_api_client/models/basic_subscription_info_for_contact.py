from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_reason import StatusReason
from ..models.workflow_run_status import WorkflowRunStatus
from ..models.workflow_status import WorkflowStatus
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.contact_email, Unset):  # absent only if trimmed by _fields
            contact_email: None | str
            contact_email = self.contact_email
            field_dict["contact_email"] = contact_email

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.initial_email_id, Unset):  # absent only if trimmed by _fields
            initial_email_id: None | str
            initial_email_id = self.initial_email_id
            field_dict["initial_email_id"] = initial_email_id

        if not isinstance(self.sequence_id, Unset):  # absent only if trimmed by _fields
            sequence_id = self.sequence_id
            field_dict["sequence_id"] = sequence_id

        if not isinstance(self.sequence_name, Unset):  # absent only if trimmed by _fields
            sequence_name = self.sequence_name
            field_dict["sequence_name"] = sequence_name

        if not isinstance(self.sequence_status, Unset):  # absent only if trimmed by _fields
            sequence_status = self.sequence_status.value
            field_dict["sequence_status"] = sequence_status

        if not isinstance(self.start_date, Unset):  # absent only if trimmed by _fields
            start_date: None | str
            if isinstance(self.start_date, datetime.datetime):
                start_date = self.start_date.isoformat()
            else:
                start_date = self.start_date
            field_dict["start_date"] = start_date

        if not isinstance(self.subscription_id, Unset):  # absent only if trimmed by _fields
            subscription_id = self.subscription_id
            field_dict["subscription_id"] = subscription_id

        if not isinstance(self.subscription_status, Unset):  # absent only if trimmed by _fields
            subscription_status = self.subscription_status.value
            field_dict["subscription_status"] = subscription_status

        if not isinstance(
            self.subscription_status_reason, Unset
        ):  # absent only if trimmed by _fields
            subscription_status_reason: None | str
            if isinstance(self.subscription_status_reason, StatusReason):
                subscription_status_reason = self.subscription_status_reason.value
            else:
                subscription_status_reason = self.subscription_status_reason
            field_dict["subscription_status_reason"] = subscription_status_reason

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
            raise not_an_object("BasicSubscriptionInfoForContact", src_dict)
        d = dict(src_dict)
        _raw_contact_email = d.pop("contact_email", UNSET)
        contact_email: None | str
        if isinstance(_raw_contact_email, str) or _raw_contact_email is None:
            contact_email = _raw_contact_email
        else:
            contact_email = MISSING
            if _raw_contact_email is not UNSET:
                d["contact_email"] = _raw_contact_email

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _fits = _raw_date_created is not UNSET
            if not _fits:
                raise TypeError()
            date_created = parse_datetime(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = MISSING
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_initial_email_id = d.pop("initial_email_id", UNSET)
        initial_email_id: None | str
        if isinstance(_raw_initial_email_id, str) or _raw_initial_email_id is None:
            initial_email_id = _raw_initial_email_id
        else:
            initial_email_id = MISSING
            if _raw_initial_email_id is not UNSET:
                d["initial_email_id"] = _raw_initial_email_id

        _raw_sequence_id = d.pop("sequence_id", UNSET)
        sequence_id: str
        if isinstance(_raw_sequence_id, str):
            sequence_id = _raw_sequence_id
        else:
            sequence_id = MISSING
            if _raw_sequence_id is not UNSET:
                d["sequence_id"] = _raw_sequence_id

        _raw_sequence_name = d.pop("sequence_name", UNSET)
        sequence_name: str
        if isinstance(_raw_sequence_name, str):
            sequence_name = _raw_sequence_name
        else:
            sequence_name = MISSING
            if _raw_sequence_name is not UNSET:
                d["sequence_name"] = _raw_sequence_name

        _raw_sequence_status = d.pop("sequence_status", UNSET)
        try:
            _fits = _raw_sequence_status is not UNSET
            if not _fits:
                raise TypeError()
            sequence_status = WorkflowStatus(_raw_sequence_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            sequence_status = MISSING
            if _raw_sequence_status is not UNSET:
                d["sequence_status"] = _raw_sequence_status

        _raw_start_date = d.pop("start_date", UNSET)
        try:
            _fits = _raw_start_date is not UNSET
            if not _fits:
                raise TypeError()

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None, data)

            start_date = _parse_start_date(_raw_start_date)

        except (TypeError, ValueError, AttributeError, KeyError):
            start_date = MISSING
            if _raw_start_date is not UNSET:
                d["start_date"] = _raw_start_date

        _raw_subscription_id = d.pop("subscription_id", UNSET)
        subscription_id: str
        if isinstance(_raw_subscription_id, str):
            subscription_id = _raw_subscription_id
        else:
            subscription_id = MISSING
            if _raw_subscription_id is not UNSET:
                d["subscription_id"] = _raw_subscription_id

        _raw_subscription_status = d.pop("subscription_status", UNSET)
        try:
            _fits = _raw_subscription_status is not UNSET
            if not _fits:
                raise TypeError()
            subscription_status = WorkflowRunStatus(_raw_subscription_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            subscription_status = MISSING
            if _raw_subscription_status is not UNSET:
                d["subscription_status"] = _raw_subscription_status

        _raw_subscription_status_reason = d.pop("subscription_status_reason", UNSET)
        try:
            _fits = _raw_subscription_status_reason is not UNSET
            if not _fits:
                raise TypeError()

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
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | StatusReason, data)

            subscription_status_reason = _parse_subscription_status_reason(
                _raw_subscription_status_reason
            )

        except (TypeError, ValueError, AttributeError, KeyError):
            subscription_status_reason = MISSING
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
