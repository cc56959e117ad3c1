from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        if data is not UNSET:
            field_dict["data"] = data

        aggregations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggregations, Unset):
            aggregations = self.aggregations.to_dict()
        if aggregations is not UNSET:
            field_dict["aggregations"] = aggregations

        queries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries.to_dict()
        if queries is not UNSET:
            field_dict["queries"] = queries

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
            raise not_an_object("ActivityReport", src_dict)
        from ..models.activity_report_aggregations import ActivityReportAggregations  # noqa: PLC0415
        from ..models.activity_report_queries import ActivityReportQueries  # noqa: PLC0415
        from ..models.activity_report_row import ActivityReportRow  # noqa: PLC0415

        d = dict(src_dict)
        _raw_data = d.pop("data", UNSET)
        try:
            _fits = _raw_data is UNSET or isinstance(_raw_data, list)
            if not _fits:
                raise TypeError()
            _data = _raw_data
            data: list[ActivityReportRow] | Unset = UNSET
            if _data is not UNSET:
                data = []
                for data_item_data in _data:
                    data_item = ActivityReportRow.from_dict(data_item_data)

                    data.append(data_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            data = UNSET
            if _raw_data is not UNSET:
                d["data"] = _raw_data

        _raw_aggregations = d.pop("aggregations", UNSET)
        try:
            _fits = _raw_aggregations is UNSET or isinstance(_raw_aggregations, dict)
            if not _fits:
                raise TypeError()
            _aggregations = _raw_aggregations
            aggregations: ActivityReportAggregations | Unset
            if isinstance(_aggregations, Unset):
                aggregations = UNSET
            else:
                aggregations = ActivityReportAggregations.from_dict(_aggregations)

        except (TypeError, ValueError, AttributeError, KeyError):
            aggregations = UNSET
            if _raw_aggregations is not UNSET:
                d["aggregations"] = _raw_aggregations

        _raw_queries = d.pop("queries", UNSET)
        try:
            _fits = _raw_queries is UNSET or isinstance(_raw_queries, dict)
            if not _fits:
                raise TypeError()
            _queries = _raw_queries
            queries: ActivityReportQueries | Unset
            if isinstance(_queries, Unset):
                queries = UNSET
            else:
                queries = ActivityReportQueries.from_dict(_queries)

        except (TypeError, ValueError, AttributeError, KeyError):
            queries = UNSET
            if _raw_queries is not UNSET:
                d["queries"] = _raw_queries

        parsed_obj = cls(
            data=data,
            aggregations=aggregations,
            queries=queries,
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
