from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funnel_compared_range import FunnelComparedRange
from ..models.funnel_report_type import FunnelReportType
from ..models.report_relative_range import ReportRelativeRange
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_datetime_range import ReportDatetimeRange
    from ..models.report_query import ReportQuery


T = TypeVar("T", bound="FunnelReportRequest")


@_attrs_define
class FunnelReportRequest:
    """The funnel report to compute. `created-cohort` needs `cohort_relative_range` or
    `cohort_datetime_range` (ignored for `active-stage-cohort`). Only one `compared_*` field, and
    then the comparison period is reported instead of the base one.

        Attributes:
            pipeline (str | Unset): The pipeline (`pipe_...`) whose statuses make up the funnel.
            type_ (FunnelReportType | Unset): `created-cohort`: opportunities created in the cohort range; `active-stage-
                cohort`: opportunities active in the report range.
            report_relative_range (ReportRelativeRange | Unset): A time range relative to now, in the `x-tz-offset` time
                zone.
            report_datetime_range (ReportDatetimeRange | Unset): An absolute time range.
            cohort_relative_range (ReportRelativeRange | Unset): A time range relative to now, in the `x-tz-offset` time
                zone.
            cohort_datetime_range (ReportDatetimeRange | Unset): An absolute time range.
            compared_relative_range (ReportRelativeRange | Unset): A time range relative to now, in the `x-tz-offset` time
                zone.
            compared_datetime_range (FunnelComparedRange | Unset): A comparison period relative to an absolute range.
            compared_custom_range (ReportDatetimeRange | Unset): An absolute time range.
            query (ReportQuery | Unset): A filter for a report; for `type` `saved_search`, the leads of the Smart View
                `saved_search_id`.
            users (list[str] | Unset): User or group ids; all available users when empty.
    """

    pipeline: str | Unset = UNSET
    type_: FunnelReportType | Unset = UNSET
    report_relative_range: ReportRelativeRange | Unset = UNSET
    report_datetime_range: ReportDatetimeRange | Unset = UNSET
    cohort_relative_range: ReportRelativeRange | Unset = UNSET
    cohort_datetime_range: ReportDatetimeRange | Unset = UNSET
    compared_relative_range: ReportRelativeRange | Unset = UNSET
    compared_datetime_range: FunnelComparedRange | Unset = UNSET
    compared_custom_range: ReportDatetimeRange | Unset = UNSET
    query: ReportQuery | Unset = UNSET
    users: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipeline = self.pipeline

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        report_relative_range: str | Unset = UNSET
        if not isinstance(self.report_relative_range, Unset):
            report_relative_range = self.report_relative_range.value

        report_datetime_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report_datetime_range, Unset):
            report_datetime_range = self.report_datetime_range.to_dict()

        cohort_relative_range: str | Unset = UNSET
        if not isinstance(self.cohort_relative_range, Unset):
            cohort_relative_range = self.cohort_relative_range.value

        cohort_datetime_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cohort_datetime_range, Unset):
            cohort_datetime_range = self.cohort_datetime_range.to_dict()

        compared_relative_range: str | Unset = UNSET
        if not isinstance(self.compared_relative_range, Unset):
            compared_relative_range = self.compared_relative_range.value

        compared_datetime_range: str | Unset = UNSET
        if not isinstance(self.compared_datetime_range, Unset):
            compared_datetime_range = self.compared_datetime_range.value

        compared_custom_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compared_custom_range, Unset):
            compared_custom_range = self.compared_custom_range.to_dict()

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pipeline is not UNSET:
            field_dict["pipeline"] = pipeline
        if type_ is not UNSET:
            field_dict["type"] = type_
        if report_relative_range is not UNSET:
            field_dict["report_relative_range"] = report_relative_range
        if report_datetime_range is not UNSET:
            field_dict["report_datetime_range"] = report_datetime_range
        if cohort_relative_range is not UNSET:
            field_dict["cohort_relative_range"] = cohort_relative_range
        if cohort_datetime_range is not UNSET:
            field_dict["cohort_datetime_range"] = cohort_datetime_range
        if compared_relative_range is not UNSET:
            field_dict["compared_relative_range"] = compared_relative_range
        if compared_datetime_range is not UNSET:
            field_dict["compared_datetime_range"] = compared_datetime_range
        if compared_custom_range is not UNSET:
            field_dict["compared_custom_range"] = compared_custom_range
        if query is not UNSET:
            field_dict["query"] = query
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_datetime_range import ReportDatetimeRange  # noqa: PLC0415
        from ..models.report_query import ReportQuery  # noqa: PLC0415

        d = dict(src_dict)
        pipeline = d.pop("pipeline", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: FunnelReportType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FunnelReportType(_type_)

        _report_relative_range = d.pop("report_relative_range", UNSET)
        report_relative_range: ReportRelativeRange | Unset
        if isinstance(_report_relative_range, Unset):
            report_relative_range = UNSET
        else:
            report_relative_range = ReportRelativeRange(_report_relative_range)

        _report_datetime_range = d.pop("report_datetime_range", UNSET)
        report_datetime_range: ReportDatetimeRange | Unset
        if isinstance(_report_datetime_range, Unset):
            report_datetime_range = UNSET
        else:
            report_datetime_range = ReportDatetimeRange.from_dict(_report_datetime_range)

        _cohort_relative_range = d.pop("cohort_relative_range", UNSET)
        cohort_relative_range: ReportRelativeRange | Unset
        if isinstance(_cohort_relative_range, Unset):
            cohort_relative_range = UNSET
        else:
            cohort_relative_range = ReportRelativeRange(_cohort_relative_range)

        _cohort_datetime_range = d.pop("cohort_datetime_range", UNSET)
        cohort_datetime_range: ReportDatetimeRange | Unset
        if isinstance(_cohort_datetime_range, Unset):
            cohort_datetime_range = UNSET
        else:
            cohort_datetime_range = ReportDatetimeRange.from_dict(_cohort_datetime_range)

        _compared_relative_range = d.pop("compared_relative_range", UNSET)
        compared_relative_range: ReportRelativeRange | Unset
        if isinstance(_compared_relative_range, Unset):
            compared_relative_range = UNSET
        else:
            compared_relative_range = ReportRelativeRange(_compared_relative_range)

        _compared_datetime_range = d.pop("compared_datetime_range", UNSET)
        compared_datetime_range: FunnelComparedRange | Unset
        if isinstance(_compared_datetime_range, Unset):
            compared_datetime_range = UNSET
        else:
            compared_datetime_range = FunnelComparedRange(_compared_datetime_range)

        _compared_custom_range = d.pop("compared_custom_range", UNSET)
        compared_custom_range: ReportDatetimeRange | Unset
        if isinstance(_compared_custom_range, Unset):
            compared_custom_range = UNSET
        else:
            compared_custom_range = ReportDatetimeRange.from_dict(_compared_custom_range)

        _query = d.pop("query", UNSET)
        query: ReportQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = ReportQuery.from_dict(_query)

        users = cast(list[str], d.pop("users", UNSET))

        funnel_report_request = cls(
            pipeline=pipeline,
            type_=type_,
            report_relative_range=report_relative_range,
            report_datetime_range=report_datetime_range,
            cohort_relative_range=cohort_relative_range,
            cohort_datetime_range=cohort_datetime_range,
            compared_relative_range=compared_relative_range,
            compared_datetime_range=compared_datetime_range,
            compared_custom_range=compared_custom_range,
            query=query,
            users=users,
        )

        funnel_report_request.additional_properties = d
        return funnel_report_request

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
