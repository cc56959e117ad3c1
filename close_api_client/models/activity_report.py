from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_report_aggregations import ActivityReportAggregations
    from ..models.activity_report_queries import ActivityReportQueries
    from ..models.activity_report_row import ActivityReportRow


T = TypeVar("T", bound="ActivityReport")


@_attrs_define
class ActivityReport:
    """The result of an activity report.

    Attributes:
        data (list[ActivityReportRow] | Unset):
        aggregations (ActivityReportAggregations | Unset):
        queries (ActivityReportQueries | Unset):
    """

    data: list[ActivityReportRow] | Unset = UNSET
    aggregations: ActivityReportAggregations | Unset = UNSET
    queries: ActivityReportQueries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        aggregations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggregations, Unset):
            aggregations = self.aggregations.to_dict()

        queries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if aggregations is not UNSET:
            field_dict["aggregations"] = aggregations
        if queries is not UNSET:
            field_dict["queries"] = queries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_report_aggregations import ActivityReportAggregations  # noqa: PLC0415
        from ..models.activity_report_queries import ActivityReportQueries  # noqa: PLC0415
        from ..models.activity_report_row import ActivityReportRow  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[ActivityReportRow] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ActivityReportRow.from_dict(data_item_data)

                data.append(data_item)

        _aggregations = d.pop("aggregations", UNSET)
        aggregations: ActivityReportAggregations | Unset
        if isinstance(_aggregations, Unset):
            aggregations = UNSET
        else:
            aggregations = ActivityReportAggregations.from_dict(_aggregations)

        _queries = d.pop("queries", UNSET)
        queries: ActivityReportQueries | Unset
        if isinstance(_queries, Unset):
            queries = UNSET
        else:
            queries = ActivityReportQueries.from_dict(_queries)

        activity_report = cls(
            data=data,
            aggregations=aggregations,
            queries=queries,
        )

        activity_report.additional_properties = d
        return activity_report

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
