from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object, parse_datetime

T = TypeVar("T", bound="LeadStatusChangeActivityCreate")


@_attrs_define
class LeadStatusChangeActivityCreate:
    """A lead status change to record (fields as on the activity; the body is not documented in detail).

    Attributes:
        lead_id (str | Unset):
        old_status_id (str | Unset):
        new_status_id (str | Unset):
        user_id (str | Unset):
        date_created (datetime.datetime | Unset):
    """

    lead_id: str | Unset = UNSET
    old_status_id: str | Unset = UNSET
    new_status_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

        old_status_id = self.old_status_id
        if old_status_id is not UNSET:
            field_dict["old_status_id"] = old_status_id

        new_status_id = self.new_status_id
        if new_status_id is not UNSET:
            field_dict["new_status_id"] = new_status_id

        user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

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
            raise not_an_object("LeadStatusChangeActivityCreate", src_dict)
        d = dict(src_dict)
        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: str | Unset
        if isinstance(_raw_lead_id, str):
            lead_id = _raw_lead_id
        else:
            lead_id = UNSET
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_old_status_id = d.pop("old_status_id", UNSET)
        old_status_id: str | Unset
        if isinstance(_raw_old_status_id, str):
            old_status_id = _raw_old_status_id
        else:
            old_status_id = UNSET
            if _raw_old_status_id is not UNSET:
                d["old_status_id"] = _raw_old_status_id

        _raw_new_status_id = d.pop("new_status_id", UNSET)
        new_status_id: str | Unset
        if isinstance(_raw_new_status_id, str):
            new_status_id = _raw_new_status_id
        else:
            new_status_id = UNSET
            if _raw_new_status_id is not UNSET:
                d["new_status_id"] = _raw_new_status_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: str | Unset
        if isinstance(_raw_user_id, str):
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

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

        parsed_obj = cls(
            lead_id=lead_id,
            old_status_id=old_status_id,
            new_status_id=new_status_id,
            user_id=user_id,
            date_created=date_created,
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
