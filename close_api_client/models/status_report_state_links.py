from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StatusReportStateLinks")


@_attrs_define
class StatusReportStateLinks:
    """One search query or UI path per state of a status over the period.

    Attributes:
        started (str):
        ended (str):
        gained (str):
        lost (str):
        entered (str):
        left (str):
    """

    started: str
    ended: str
    gained: str
    lost: str
    entered: str
    left: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        started = self.started

        ended = self.ended

        gained = self.gained

        lost = self.lost

        entered = self.entered

        left = self.left

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "started": started,
                "ended": ended,
                "gained": gained,
                "lost": lost,
                "entered": entered,
                "left": left,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        started = d.pop("started")

        ended = d.pop("ended")

        gained = d.pop("gained")

        lost = d.pop("lost")

        entered = d.pop("entered")

        left = d.pop("left")

        status_report_state_links = cls(
            started=started,
            ended=ended,
            gained=gained,
            lost=lost,
            entered=entered,
            left=left,
        )

        status_report_state_links.additional_properties = d
        return status_report_state_links

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
