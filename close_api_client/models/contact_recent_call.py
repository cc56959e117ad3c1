from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_status import CallStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ContactRecentCall")


@_attrs_define
class ContactRecentCall:
    """
    Attributes:
        dialer_id (None | str | Unset):
        duration (int | Unset):
        finish_timestamp (datetime.datetime | Unset):
        id (str | Unset):
        status (CallStatus | Unset): Current status of the call.
    """

    dialer_id: None | str | Unset = UNSET
    duration: int | Unset = UNSET
    finish_timestamp: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    status: CallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        dialer_id: None | str | Unset
        if isinstance(self.dialer_id, Unset):
            dialer_id = UNSET
        else:
            dialer_id = self.dialer_id
        if dialer_id is not UNSET:
            field_dict["dialer_id"] = dialer_id

        duration = self.duration
        if duration is not UNSET:
            field_dict["duration"] = duration

        finish_timestamp: str | Unset = UNSET
        if not isinstance(self.finish_timestamp, Unset):
            finish_timestamp = self.finish_timestamp.isoformat()
        if finish_timestamp is not UNSET:
            field_dict["finish_timestamp"] = finish_timestamp

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status

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
        _raw_dialer_id = d.pop("dialer_id", UNSET)
        dialer_id: None | str | Unset
        if isinstance(_raw_dialer_id, str) or _raw_dialer_id is None:
            dialer_id = _raw_dialer_id
        else:
            dialer_id = UNSET
            if _raw_dialer_id is not UNSET:
                d["dialer_id"] = _raw_dialer_id

        _raw_duration = d.pop("duration", UNSET)
        duration: int | Unset
        if isinstance(_raw_duration, int) and not isinstance(_raw_duration, bool):
            duration = _raw_duration
        else:
            duration = UNSET
            if _raw_duration is not UNSET:
                d["duration"] = _raw_duration

        _raw_finish_timestamp = d.pop("finish_timestamp", UNSET)
        try:
            _finish_timestamp = _raw_finish_timestamp
            finish_timestamp: datetime.datetime | Unset
            if isinstance(_finish_timestamp, Unset):
                finish_timestamp = UNSET
            else:
                finish_timestamp = parse_datetime(_finish_timestamp)

        except (TypeError, ValueError, AttributeError, KeyError):
            finish_timestamp = UNSET
            if _raw_finish_timestamp is not UNSET:
                d["finish_timestamp"] = _raw_finish_timestamp

        _raw_id = d.pop("id", UNSET)
        id: str | Unset
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = UNSET
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: CallStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = CallStatus(_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = UNSET
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
