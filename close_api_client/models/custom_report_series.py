from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_report_series_type import CustomReportSeriesType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomReportSeries")


@_attrs_define
class CustomReportSeries:
    """One series of values, aligned with `x_values`; with `group_by`, the first series is the total and each other one a
    group.

        Attributes:
            data (list[float]):
            type_ (CustomReportSeriesType): Whether the X axis is a date or a numeric axis.
            group_key (str | Unset): The `group_by` value of this series (absent on the total series).
    """

    data: list[float]
    type_: CustomReportSeriesType
    group_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        type_ = self.type_.value

        group_key = self.group_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "type": type_,
            }
        )
        if group_key is not UNSET:
            field_dict["group_key"] = group_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = cast(list[float], d.pop("data"))

        type_ = CustomReportSeriesType(d.pop("type"))

        group_key = d.pop("group_key", UNSET)

        custom_report_series = cls(
            data=data,
            type_=type_,
            group_key=group_key,
        )

        custom_report_series.additional_properties = d
        return custom_report_series

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
