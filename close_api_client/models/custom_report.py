from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_report_interval import CustomReportInterval
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.custom_report_bucket import CustomReportBucket
    from ..models.custom_report_series import CustomReportSeries


T = TypeVar("T", bound="CustomReport")


@_attrs_define
class CustomReport:
    """Explorer graph data.

    Attributes:
        x_values (list[CustomReportBucket | datetime.datetime | str]): Period starts (date-times) for a date axis,
            buckets for a numeric axis; any other string is kept as is.
        series (list[CustomReportSeries]):
        effective_interval (CustomReportInterval | int | Unset): The interval used (a unit for date axes, the bucket
            size for numeric ones).
    """

    x_values: list[CustomReportBucket | datetime.datetime | str]
    series: list[CustomReportSeries]
    effective_interval: CustomReportInterval | int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_report_bucket import CustomReportBucket  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.x_values, Unset):  # absent only if trimmed by _fields
            x_values = []
            for x_values_item_data in self.x_values:
                x_values_item: dict[str, Any] | str
                if isinstance(x_values_item_data, datetime.datetime):
                    x_values_item = x_values_item_data.isoformat()
                elif isinstance(x_values_item_data, CustomReportBucket):
                    x_values_item = x_values_item_data.to_dict()
                else:
                    x_values_item = x_values_item_data
                x_values.append(x_values_item)

            field_dict["x_values"] = x_values

        if not isinstance(self.series, Unset):  # absent only if trimmed by _fields
            series = []
            for series_item_data in self.series:
                series_item = series_item_data.to_dict()
                series.append(series_item)

            field_dict["series"] = series

        effective_interval: int | str | Unset
        if isinstance(self.effective_interval, Unset):
            effective_interval = UNSET
        elif isinstance(self.effective_interval, CustomReportInterval):
            effective_interval = self.effective_interval.value
        else:
            effective_interval = self.effective_interval
        if effective_interval is not UNSET:
            field_dict["effective_interval"] = effective_interval

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
            raise not_an_object("CustomReport", src_dict)
        from ..models.custom_report_bucket import CustomReportBucket  # noqa: PLC0415
        from ..models.custom_report_series import CustomReportSeries  # noqa: PLC0415

        d = dict(src_dict)
        _raw_x_values = d.pop("x_values", UNSET)
        try:
            _fits = _raw_x_values is not UNSET and isinstance(_raw_x_values, list)
            if not _fits:
                raise TypeError()
            x_values = []
            _x_values = _raw_x_values
            for x_values_item_data in _x_values:

                def _parse_x_values_item(
                    data: object,
                ) -> CustomReportBucket | datetime.datetime | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()

                        x_values_item_type_0 = parse_datetime(data)

                        return x_values_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if not CustomReportBucket._carries_constants(data):
                            raise TypeError()

                        x_values_item_type_1 = CustomReportBucket.from_dict(data)

                        return x_values_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    fits_plain = isinstance(data, str)  # a bool, so mypy keeps the cast below
                    if not fits_plain:
                        raise TypeError()
                    return cast(CustomReportBucket | datetime.datetime | str, data)

                x_values_item = _parse_x_values_item(x_values_item_data)

                x_values.append(x_values_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            x_values = MISSING
            if _raw_x_values is not UNSET:
                d["x_values"] = _raw_x_values

        _raw_series = d.pop("series", UNSET)
        try:
            _fits = _raw_series is not UNSET and isinstance(_raw_series, list)
            if not _fits:
                raise TypeError()
            series = []
            _series = _raw_series
            for series_item_data in _series:
                series_item = CustomReportSeries.from_dict(series_item_data)

                series.append(series_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            series = MISSING
            if _raw_series is not UNSET:
                d["series"] = _raw_series

        _raw_effective_interval = d.pop("effective_interval", UNSET)
        try:

            def _parse_effective_interval(data: object) -> CustomReportInterval | int | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    effective_interval_type_0 = CustomReportInterval(data)

                    return effective_interval_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = isinstance(data, int) and not isinstance(
                    data, bool
                )  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(CustomReportInterval | int | Unset, data)

            effective_interval = _parse_effective_interval(_raw_effective_interval)

        except (TypeError, ValueError, AttributeError, KeyError):
            effective_interval = UNSET
            if _raw_effective_interval is not UNSET:
                d["effective_interval"] = _raw_effective_interval

        parsed_obj = cls(
            x_values=x_values,
            series=series,
            effective_interval=effective_interval,
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
