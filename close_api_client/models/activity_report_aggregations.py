from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()
        if totals is not UNSET:
            field_dict["totals"] = totals

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
            raise not_an_object("ActivityReportAggregations", src_dict)
        from ..models.activity_report_totals import ActivityReportTotals  # noqa: PLC0415

        d = dict(src_dict)
        _raw_totals = d.pop("totals", UNSET)
        try:
            _fits = _raw_totals is UNSET or isinstance(_raw_totals, dict)
            if not _fits:
                raise TypeError()
            _totals = _raw_totals
            totals: ActivityReportTotals | Unset
            if isinstance(_totals, Unset):
                totals = UNSET
            else:
                totals = ActivityReportTotals.from_dict(_totals)

        except (TypeError, ValueError, AttributeError, KeyError):
            totals = UNSET
            if _raw_totals is not UNSET:
                d["totals"] = _raw_totals

        parsed_obj = cls(
            totals=totals,
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
