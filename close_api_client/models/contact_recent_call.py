from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        dialer_id: None | str | Unset
        if isinstance(self.dialer_id, Unset):
            dialer_id = UNSET
        else:
            dialer_id = self.dialer_id

        duration = self.duration

        finish_timestamp: str | Unset = UNSET
        if not isinstance(self.finish_timestamp, Unset):
            finish_timestamp = self.finish_timestamp.isoformat()

        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dialer_id is not UNSET:
            field_dict["dialer_id"] = dialer_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if finish_timestamp is not UNSET:
            field_dict["finish_timestamp"] = finish_timestamp
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_dialer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dialer_id = _parse_dialer_id(d.pop("dialer_id", UNSET))

        duration = d.pop("duration", UNSET)

        _finish_timestamp = d.pop("finish_timestamp", UNSET)
        finish_timestamp: datetime.datetime | Unset
        if isinstance(_finish_timestamp, Unset):
            finish_timestamp = UNSET
        else:
            finish_timestamp = parse_datetime(_finish_timestamp)

        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: CallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CallStatus(_status)

        contact_recent_call = cls(
            dialer_id=dialer_id,
            duration=duration,
            finish_timestamp=finish_timestamp,
            id=id,
            status=status,
        )

        contact_recent_call.additional_properties = d
        return contact_recent_call

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
