from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_status import CallStatus
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

T = TypeVar("T", bound="ContactRecentCall")


@_attrs_define
class ContactRecentCall:
    """
    Attributes:
        dialer_id (None | str):
        duration (int):
        finish_timestamp (datetime.datetime):
        id (str):
        status (CallStatus): Current status of the call.
    """

    dialer_id: None | str
    duration: int
    finish_timestamp: datetime.datetime
    id: str
    status: CallStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.dialer_id, Unset):  # absent only if trimmed by _fields
            dialer_id: None | str
            dialer_id = self.dialer_id
            field_dict["dialer_id"] = dialer_id

        if not isinstance(self.duration, Unset):  # absent only if trimmed by _fields
            duration = self.duration
            field_dict["duration"] = duration

        if not isinstance(self.finish_timestamp, Unset):  # absent only if trimmed by _fields
            finish_timestamp = self.finish_timestamp.isoformat()
            field_dict["finish_timestamp"] = finish_timestamp

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.status, Unset):  # absent only if trimmed by _fields
            status = self.status.value
            field_dict["status"] = status

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
            raise not_an_object("ContactRecentCall", src_dict)
        d = dict(src_dict)
        _raw_dialer_id = d.pop("dialer_id", UNSET)
        dialer_id: None | str
        if isinstance(_raw_dialer_id, str) or _raw_dialer_id is None:
            dialer_id = _raw_dialer_id
        else:
            dialer_id = MISSING
            if _raw_dialer_id is not UNSET:
                d["dialer_id"] = _raw_dialer_id

        _raw_duration = d.pop("duration", UNSET)
        duration: int
        if isinstance(_raw_duration, int) and not isinstance(_raw_duration, bool):
            duration = _raw_duration
        else:
            duration = MISSING
            if _raw_duration is not UNSET:
                d["duration"] = _raw_duration

        _raw_finish_timestamp = d.pop("finish_timestamp", UNSET)
        try:
            _fits = _raw_finish_timestamp is not UNSET
            if not _fits:
                raise TypeError()
            finish_timestamp = parse_datetime(_raw_finish_timestamp)

        except (TypeError, ValueError, AttributeError, KeyError):
            finish_timestamp = MISSING
            if _raw_finish_timestamp is not UNSET:
                d["finish_timestamp"] = _raw_finish_timestamp

        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_status = d.pop("status", UNSET)
        try:
            _fits = _raw_status is not UNSET
            if not _fits:
                raise TypeError()
            status = CallStatus(_raw_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = MISSING
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        parsed_obj = cls(
            dialer_id=dialer_id,
            duration=duration,
            finish_timestamp=finish_timestamp,
            id=id,
            status=status,
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
