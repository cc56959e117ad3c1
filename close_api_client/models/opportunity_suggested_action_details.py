from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

T = TypeVar("T", bound="OpportunitySuggestedActionDetails")


@_attrs_define
class OpportunitySuggestedActionDetails:
    """
    Attributes:
        status_id (str | Unset):
        contact_id (str | Unset):
        message_draft (str | Unset):
        subject_draft (str | Unset):
        call_plan (str | Unset):
        close_date (datetime.date | Unset):
    """

    status_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    message_draft: str | Unset = UNSET
    subject_draft: str | Unset = UNSET
    call_plan: str | Unset = UNSET
    close_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        status_id = self.status_id
        if status_id is not UNSET:
            field_dict["status_id"] = status_id

        contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        message_draft = self.message_draft
        if message_draft is not UNSET:
            field_dict["message_draft"] = message_draft

        subject_draft = self.subject_draft
        if subject_draft is not UNSET:
            field_dict["subject_draft"] = subject_draft

        call_plan = self.call_plan
        if call_plan is not UNSET:
            field_dict["call_plan"] = call_plan

        close_date: str | Unset = UNSET
        if not isinstance(self.close_date, Unset):
            close_date = self.close_date.isoformat()
        if close_date is not UNSET:
            field_dict["close_date"] = close_date

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
            raise not_an_object("OpportunitySuggestedActionDetails", src_dict)
        d = dict(src_dict)
        _raw_status_id = d.pop("status_id", UNSET)
        status_id: str | Unset
        if isinstance(_raw_status_id, str):
            status_id = _raw_status_id
        else:
            status_id = UNSET
            if _raw_status_id is not UNSET:
                d["status_id"] = _raw_status_id

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: str | Unset
        if isinstance(_raw_contact_id, str):
            contact_id = _raw_contact_id
        else:
            contact_id = UNSET
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_message_draft = d.pop("message_draft", UNSET)
        message_draft: str | Unset
        if isinstance(_raw_message_draft, str):
            message_draft = _raw_message_draft
        else:
            message_draft = UNSET
            if _raw_message_draft is not UNSET:
                d["message_draft"] = _raw_message_draft

        _raw_subject_draft = d.pop("subject_draft", UNSET)
        subject_draft: str | Unset
        if isinstance(_raw_subject_draft, str):
            subject_draft = _raw_subject_draft
        else:
            subject_draft = UNSET
            if _raw_subject_draft is not UNSET:
                d["subject_draft"] = _raw_subject_draft

        _raw_call_plan = d.pop("call_plan", UNSET)
        call_plan: str | Unset
        if isinstance(_raw_call_plan, str):
            call_plan = _raw_call_plan
        else:
            call_plan = UNSET
            if _raw_call_plan is not UNSET:
                d["call_plan"] = _raw_call_plan

        _raw_close_date = d.pop("close_date", UNSET)
        try:
            _close_date = _raw_close_date
            close_date: datetime.date | Unset
            if isinstance(_close_date, Unset):
                close_date = UNSET
            else:
                close_date = datetime.date.fromisoformat(_close_date)

        except (TypeError, ValueError, AttributeError, KeyError):
            close_date = UNSET
            if _raw_close_date is not UNSET:
                d["close_date"] = _raw_close_date

        parsed_obj = cls(
            status_id=status_id,
            contact_id=contact_id,
            message_draft=message_draft,
            subject_draft=subject_draft,
            call_plan=call_plan,
            close_date=close_date,
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
