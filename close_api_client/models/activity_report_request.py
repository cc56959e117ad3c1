from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_report_type import ActivityReportType
from ..models.report_relative_range import ReportRelativeRange
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_datetime_range import ReportDatetimeRange
    from ..models.report_query import ReportQuery


T = TypeVar("T", bound="ActivityReportRequest")


@_attrs_define
class ActivityReportRequest:
    """The activity report to compute; give `datetime_range` or `relative_range`.

    Attributes:
        type_ (ActivityReportType): `overview`: one row per time period; `comparison`: one row per user.
        metrics (list[str]): Metric keys from `list_activity_report_metrics`, e.g. `calls.outbound.all.count`.
        datetime_range (ReportDatetimeRange | Unset): An absolute time range.
        relative_range (ReportRelativeRange | Unset): A time range relative to now, in the `x-tz-offset` time zone.
        query (ReportQuery | Unset): A filter for a report; for `type` `saved_search`, the leads of the Smart View
            `saved_search_id`.
        users (list[str] | Unset): Only these users (all users when omitted).
    """

    type_: ActivityReportType
    metrics: list[str]
    datetime_range: ReportDatetimeRange | Unset = UNSET
    relative_range: ReportRelativeRange | Unset = UNSET
    query: ReportQuery | Unset = UNSET
    users: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        metrics = self.metrics

        datetime_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datetime_range, Unset):
            datetime_range = self.datetime_range.to_dict()

        relative_range: str | Unset = UNSET
        if not isinstance(self.relative_range, Unset):
            relative_range = self.relative_range.value

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "metrics": metrics,
            }
        )
        if datetime_range is not UNSET:
            field_dict["datetime_range"] = datetime_range
        if relative_range is not UNSET:
            field_dict["relative_range"] = relative_range
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
        type_ = ActivityReportType(d.pop("type"))

        metrics = cast(list[str], d.pop("metrics"))

        _datetime_range = d.pop("datetime_range", UNSET)
        datetime_range: ReportDatetimeRange | Unset
        if isinstance(_datetime_range, Unset):
            datetime_range = UNSET
        else:
            datetime_range = ReportDatetimeRange.from_dict(_datetime_range)

        _relative_range = d.pop("relative_range", UNSET)
        relative_range: ReportRelativeRange | Unset
        if isinstance(_relative_range, Unset):
            relative_range = UNSET
        else:
            relative_range = ReportRelativeRange(_relative_range)

        _query = d.pop("query", UNSET)
        query: ReportQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = ReportQuery.from_dict(_query)

        users = cast(list[str], d.pop("users", UNSET))

        activity_report_request = cls(
            type_=type_,
            metrics=metrics,
            datetime_range=datetime_range,
            relative_range=relative_range,
            query=query,
            users=users,
        )

        activity_report_request.additional_properties = d
        return activity_report_request

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
