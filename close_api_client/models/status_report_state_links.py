from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusReportStateLinks")


@_attrs_define
class StatusReportStateLinks:
    """One search query or UI path per state of a status over the period.

    Attributes:
        started (str | Unset):
        ended (str | Unset):
        gained (str | Unset):
        lost (str | Unset):
        entered (str | Unset):
        left (str | Unset):
    """

    started: str | Unset = UNSET
    ended: str | Unset = UNSET
    gained: str | Unset = UNSET
    lost: str | Unset = UNSET
    entered: str | Unset = UNSET
    left: str | Unset = UNSET
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
        field_dict.update({})
        if started is not UNSET:
            field_dict["started"] = started
        if ended is not UNSET:
            field_dict["ended"] = ended
        if gained is not UNSET:
            field_dict["gained"] = gained
        if lost is not UNSET:
            field_dict["lost"] = lost
        if entered is not UNSET:
            field_dict["entered"] = entered
        if left is not UNSET:
            field_dict["left"] = left

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        started = d.pop("started", UNSET)

        ended = d.pop("ended", UNSET)

        gained = d.pop("gained", UNSET)

        lost = d.pop("lost", UNSET)

        entered = d.pop("entered", UNSET)

        left = d.pop("left", UNSET)

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
