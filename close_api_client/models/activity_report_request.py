from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_report_type import ActivityReportType
from ..models.report_relative_range import ReportRelativeRange
from ..types import MISSING, UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_.value
            field_dict["type"] = type_

        if not isinstance(self.metrics, Unset):  # absent only if trimmed by _fields
            metrics = self.metrics

            field_dict["metrics"] = metrics

        datetime_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datetime_range, Unset):
            datetime_range = self.datetime_range.to_dict()
        if datetime_range is not UNSET:
            field_dict["datetime_range"] = datetime_range

        relative_range: str | Unset = UNSET
        if not isinstance(self.relative_range, Unset):
            relative_range = self.relative_range.value

        if relative_range is not UNSET:
            field_dict["relative_range"] = relative_range

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
            raise not_an_object("ActivityReportRequest", src_dict)
        from ..models.report_datetime_range import ReportDatetimeRange  # noqa: PLC0415
        from ..models.report_query import ReportQuery  # noqa: PLC0415

        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            _fits = _raw_type_ is not UNSET
            if not _fits:
                raise TypeError()
            type_ = ActivityReportType(_raw_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_metrics = d.pop("metrics", UNSET)
        metrics: list[str]
        if isinstance(_raw_metrics, list) and all(isinstance(item, str) for item in _raw_metrics):
            metrics = _raw_metrics
        else:
            metrics = MISSING
            if _raw_metrics is not UNSET:
                d["metrics"] = _raw_metrics

        _raw_datetime_range = d.pop("datetime_range", UNSET)
        try:
            _fits = _raw_datetime_range is UNSET or isinstance(_raw_datetime_range, dict)
            if not _fits:
                raise TypeError()
            _datetime_range = _raw_datetime_range
            datetime_range: ReportDatetimeRange | Unset
            if isinstance(_datetime_range, Unset):
                datetime_range = UNSET
            else:
                datetime_range = ReportDatetimeRange.from_dict(_datetime_range)

        except (TypeError, ValueError, AttributeError, KeyError):
            datetime_range = UNSET
            if _raw_datetime_range is not UNSET:
                d["datetime_range"] = _raw_datetime_range

        _raw_relative_range = d.pop("relative_range", UNSET)
        try:
            _relative_range = _raw_relative_range
            relative_range: ReportRelativeRange | Unset
            if isinstance(_relative_range, Unset):
                relative_range = UNSET
            else:
                relative_range = ReportRelativeRange(_relative_range)

        except (TypeError, ValueError, AttributeError, KeyError):
            relative_range = UNSET
            if _raw_relative_range is not UNSET:
                d["relative_range"] = _raw_relative_range

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
            type_=type_,
            metrics=metrics,
            datetime_range=datetime_range,
            relative_range=relative_range,
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
