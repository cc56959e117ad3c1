from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_report_interval import CustomReportInterval
from ..types import UNSET, Unset, parse_datetime

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

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        effective_interval: int | str | Unset
        if isinstance(self.effective_interval, Unset):
            effective_interval = UNSET
        elif isinstance(self.effective_interval, CustomReportInterval):
            effective_interval = self.effective_interval.value
        else:
            effective_interval = self.effective_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x_values": x_values,
                "series": series,
            }
        )
        if effective_interval is not UNSET:
            field_dict["effective_interval"] = effective_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_report_bucket import CustomReportBucket  # noqa: PLC0415
        from ..models.custom_report_series import CustomReportSeries  # noqa: PLC0415

        d = dict(src_dict)
        x_values = []
        _x_values = d.pop("x_values")
        for x_values_item_data in _x_values:

            def _parse_x_values_item(data: object) -> CustomReportBucket | datetime.datetime | str:
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
                    x_values_item_type_1 = CustomReportBucket.from_dict(data)

                    return x_values_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CustomReportBucket | datetime.datetime | str, data)

            x_values_item = _parse_x_values_item(x_values_item_data)

            x_values.append(x_values_item)

        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = CustomReportSeries.from_dict(series_item_data)

            series.append(series_item)

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
            return cast(CustomReportInterval | int | Unset, data)

        effective_interval = _parse_effective_interval(d.pop("effective_interval", UNSET))

        custom_report = cls(
            x_values=x_values,
            series=series,
            effective_interval=effective_interval,
        )

        custom_report.additional_properties = d
        return custom_report

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
