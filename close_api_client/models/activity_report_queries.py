from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_report_metric_queries import ActivityReportMetricQueries


T = TypeVar("T", bound="ActivityReportQueries")


@_attrs_define
class ActivityReportQueries:
    """
    Attributes:
        leads (ActivityReportMetricQueries | Unset): For each metric key, the lead search queries that list the counted
            objects.
    """

    leads: ActivityReportMetricQueries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        leads: dict[str, Any] | Unset = UNSET
        if not isinstance(self.leads, Unset):
            leads = self.leads.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if leads is not UNSET:
            field_dict["leads"] = leads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_report_metric_queries import ActivityReportMetricQueries  # noqa: PLC0415

        d = dict(src_dict)
        _leads = d.pop("leads", UNSET)
        leads: ActivityReportMetricQueries | Unset
        if isinstance(_leads, Unset):
            leads = UNSET
        else:
            leads = ActivityReportMetricQueries.from_dict(_leads)

        activity_report_queries = cls(
            leads=leads,
        )

        activity_report_queries.additional_properties = d
        return activity_report_queries

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
