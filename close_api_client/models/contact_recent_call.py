from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_status import CallStatus
from ..types import parse_datetime

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
        dialer_id: None | str
        dialer_id = self.dialer_id

        duration = self.duration

        finish_timestamp = self.finish_timestamp.isoformat()

        id = self.id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dialer_id": dialer_id,
                "duration": duration,
                "finish_timestamp": finish_timestamp,
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_dialer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dialer_id = _parse_dialer_id(d.pop("dialer_id"))

        duration = d.pop("duration")

        finish_timestamp = parse_datetime(d.pop("finish_timestamp"))

        id = d.pop("id")

        status = CallStatus(d.pop("status"))

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
