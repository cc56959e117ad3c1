from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_report_series_type import CustomReportSeriesType
from ..types import MISSING, UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.data, Unset):  # absent only if trimmed by _fields
            data = self.data

            field_dict["data"] = data

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_.value
            field_dict["type"] = type_

        group_key = self.group_key
        if group_key is not UNSET:
            field_dict["group_key"] = group_key

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
            raise not_an_object("CustomReportSeries", src_dict)
        d = dict(src_dict)
        _raw_data = d.pop("data", UNSET)
        data: list[float]
        if isinstance(_raw_data, list) and all(
            (isinstance(item, int | float) and not isinstance(item, bool)) for item in _raw_data
        ):
            data = _raw_data
        else:
            data = MISSING
            if _raw_data is not UNSET:
                d["data"] = _raw_data

        _raw_type_ = d.pop("type", UNSET)
        try:
            _fits = _raw_type_ is not UNSET
            if not _fits:
                raise TypeError()
            type_ = CustomReportSeriesType(_raw_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_group_key = d.pop("group_key", UNSET)
        group_key: str | Unset
        if isinstance(_raw_group_key, str):
            group_key = _raw_group_key
        else:
            group_key = UNSET
            if _raw_group_key is not UNSET:
                d["group_key"] = _raw_group_key

        parsed_obj = cls(
            data=data,
            type_=type_,
            group_key=group_key,
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
