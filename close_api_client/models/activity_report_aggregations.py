from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_report_totals import ActivityReportTotals


T = TypeVar("T", bound="ActivityReportAggregations")


@_attrs_define
class ActivityReportAggregations:
    """
    Attributes:
        totals (ActivityReportTotals | Unset): The value of each requested metric over the whole range, keyed by metric.
    """

    totals: ActivityReportTotals | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if totals is not UNSET:
            field_dict["totals"] = totals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_report_totals import ActivityReportTotals  # noqa: PLC0415

        d = dict(src_dict)
        _totals = d.pop("totals", UNSET)
        totals: ActivityReportTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = ActivityReportTotals.from_dict(_totals)

        activity_report_aggregations = cls(
            totals=totals,
        )

        activity_report_aggregations.additional_properties = d
        return activity_report_aggregations

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
