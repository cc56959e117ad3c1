from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funnel_compared_range import FunnelComparedRange
from ..models.funnel_report_type import FunnelReportType
from ..models.report_relative_range import ReportRelativeRange
from ..types import UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        pipeline = self.pipeline
        if pipeline is not UNSET:
            field_dict["pipeline"] = pipeline

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_

        report_relative_range: str | Unset = UNSET
        if not isinstance(self.report_relative_range, Unset):
            report_relative_range = self.report_relative_range.value

        if report_relative_range is not UNSET:
            field_dict["report_relative_range"] = report_relative_range

        report_datetime_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report_datetime_range, Unset):
            report_datetime_range = self.report_datetime_range.to_dict()
        if report_datetime_range is not UNSET:
            field_dict["report_datetime_range"] = report_datetime_range

        cohort_relative_range: str | Unset = UNSET
        if not isinstance(self.cohort_relative_range, Unset):
            cohort_relative_range = self.cohort_relative_range.value

        if cohort_relative_range is not UNSET:
            field_dict["cohort_relative_range"] = cohort_relative_range

        cohort_datetime_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cohort_datetime_range, Unset):
            cohort_datetime_range = self.cohort_datetime_range.to_dict()
        if cohort_datetime_range is not UNSET:
            field_dict["cohort_datetime_range"] = cohort_datetime_range

        compared_relative_range: str | Unset = UNSET
        if not isinstance(self.compared_relative_range, Unset):
            compared_relative_range = self.compared_relative_range.value

        if compared_relative_range is not UNSET:
            field_dict["compared_relative_range"] = compared_relative_range

        compared_datetime_range: str | Unset = UNSET
        if not isinstance(self.compared_datetime_range, Unset):
            compared_datetime_range = self.compared_datetime_range.value

        if compared_datetime_range is not UNSET:
            field_dict["compared_datetime_range"] = compared_datetime_range

        compared_custom_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compared_custom_range, Unset):
            compared_custom_range = self.compared_custom_range.to_dict()
        if compared_custom_range is not UNSET:
            field_dict["compared_custom_range"] = compared_custom_range

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()
        if query is not UNSET:
            field_dict["query"] = query

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart. A ``src_dict`` that is not a JSON object raises ``TypeError``.
        """
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict: fast
            raise not_an_object("FunnelReportRequest", src_dict)
        from ..models.report_datetime_range import ReportDatetimeRange  # noqa: PLC0415
        from ..models.report_query import ReportQuery  # noqa: PLC0415

        d = dict(src_dict)
        _raw_pipeline = d.pop("pipeline", UNSET)
        pipeline: str | Unset
        if isinstance(_raw_pipeline, str):
            pipeline = _raw_pipeline
        else:
            pipeline = UNSET
            if _raw_pipeline is not UNSET:
                d["pipeline"] = _raw_pipeline

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: FunnelReportType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = FunnelReportType(_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = UNSET
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_report_relative_range = d.pop("report_relative_range", UNSET)
        try:
            _report_relative_range = _raw_report_relative_range
            report_relative_range: ReportRelativeRange | Unset
            if isinstance(_report_relative_range, Unset):
                report_relative_range = UNSET
            else:
                report_relative_range = ReportRelativeRange(_report_relative_range)

        except (TypeError, ValueError, AttributeError, KeyError):
            report_relative_range = UNSET
            if _raw_report_relative_range is not UNSET:
                d["report_relative_range"] = _raw_report_relative_range

        _raw_report_datetime_range = d.pop("report_datetime_range", UNSET)
        try:
            _fits = _raw_report_datetime_range is UNSET or isinstance(
                _raw_report_datetime_range, dict
            )
            if not _fits:
                raise TypeError()
            _report_datetime_range = _raw_report_datetime_range
            report_datetime_range: ReportDatetimeRange | Unset
            if isinstance(_report_datetime_range, Unset):
                report_datetime_range = UNSET
            else:
                report_datetime_range = ReportDatetimeRange.from_dict(_report_datetime_range)

        except (TypeError, ValueError, AttributeError, KeyError):
            report_datetime_range = UNSET
            if _raw_report_datetime_range is not UNSET:
                d["report_datetime_range"] = _raw_report_datetime_range

        _raw_cohort_relative_range = d.pop("cohort_relative_range", UNSET)
        try:
            _cohort_relative_range = _raw_cohort_relative_range
            cohort_relative_range: ReportRelativeRange | Unset
            if isinstance(_cohort_relative_range, Unset):
                cohort_relative_range = UNSET
            else:
                cohort_relative_range = ReportRelativeRange(_cohort_relative_range)

        except (TypeError, ValueError, AttributeError, KeyError):
            cohort_relative_range = UNSET
            if _raw_cohort_relative_range is not UNSET:
                d["cohort_relative_range"] = _raw_cohort_relative_range

        _raw_cohort_datetime_range = d.pop("cohort_datetime_range", UNSET)
        try:
            _fits = _raw_cohort_datetime_range is UNSET or isinstance(
                _raw_cohort_datetime_range, dict
            )
            if not _fits:
                raise TypeError()
            _cohort_datetime_range = _raw_cohort_datetime_range
            cohort_datetime_range: ReportDatetimeRange | Unset
            if isinstance(_cohort_datetime_range, Unset):
                cohort_datetime_range = UNSET
            else:
                cohort_datetime_range = ReportDatetimeRange.from_dict(_cohort_datetime_range)

        except (TypeError, ValueError, AttributeError, KeyError):
            cohort_datetime_range = UNSET
            if _raw_cohort_datetime_range is not UNSET:
                d["cohort_datetime_range"] = _raw_cohort_datetime_range

        _raw_compared_relative_range = d.pop("compared_relative_range", UNSET)
        try:
            _compared_relative_range = _raw_compared_relative_range
            compared_relative_range: ReportRelativeRange | Unset
            if isinstance(_compared_relative_range, Unset):
                compared_relative_range = UNSET
            else:
                compared_relative_range = ReportRelativeRange(_compared_relative_range)

        except (TypeError, ValueError, AttributeError, KeyError):
            compared_relative_range = UNSET
            if _raw_compared_relative_range is not UNSET:
                d["compared_relative_range"] = _raw_compared_relative_range

        _raw_compared_datetime_range = d.pop("compared_datetime_range", UNSET)
        try:
            _compared_datetime_range = _raw_compared_datetime_range
            compared_datetime_range: FunnelComparedRange | Unset
            if isinstance(_compared_datetime_range, Unset):
                compared_datetime_range = UNSET
            else:
                compared_datetime_range = FunnelComparedRange(_compared_datetime_range)

        except (TypeError, ValueError, AttributeError, KeyError):
            compared_datetime_range = UNSET
            if _raw_compared_datetime_range is not UNSET:
                d["compared_datetime_range"] = _raw_compared_datetime_range

        _raw_compared_custom_range = d.pop("compared_custom_range", UNSET)
        try:
            _fits = _raw_compared_custom_range is UNSET or isinstance(
                _raw_compared_custom_range, dict
            )
            if not _fits:
                raise TypeError()
            _compared_custom_range = _raw_compared_custom_range
            compared_custom_range: ReportDatetimeRange | Unset
            if isinstance(_compared_custom_range, Unset):
                compared_custom_range = UNSET
            else:
                compared_custom_range = ReportDatetimeRange.from_dict(_compared_custom_range)

        except (TypeError, ValueError, AttributeError, KeyError):
            compared_custom_range = UNSET
            if _raw_compared_custom_range is not UNSET:
                d["compared_custom_range"] = _raw_compared_custom_range

        _raw_query = d.pop("query", UNSET)
        try:
            _fits = _raw_query is UNSET or isinstance(_raw_query, dict)
            if not _fits:
                raise TypeError()
            _query = _raw_query
            query: ReportQuery | Unset
            if isinstance(_query, Unset):
                query = UNSET
            else:
                query = ReportQuery.from_dict(_query)

        except (TypeError, ValueError, AttributeError, KeyError):
            query = UNSET
            if _raw_query is not UNSET:
                d["query"] = _raw_query

        _raw_users = d.pop("users", UNSET)
        users: list[str] | Unset
        if isinstance(_raw_users, list) and all(isinstance(item, str) for item in _raw_users):
            users = _raw_users
        else:
            users = UNSET
            if _raw_users is not UNSET:
                d["users"] = _raw_users

        parsed_obj = cls(
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
