from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpportunityCountByValuePeriod")


@_attrs_define
class OpportunityCountByValuePeriod:
    """The number of matching opportunities per value period.

    Attributes:
        one_time (int | Unset):
        monthly (int | Unset):
        annual (int | Unset):
    """

    one_time: int | Unset = UNSET
    monthly: int | Unset = UNSET
    annual: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        one_time = self.one_time

        monthly = self.monthly

        annual = self.annual

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if one_time is not UNSET:
            field_dict["one_time"] = one_time
        if monthly is not UNSET:
            field_dict["monthly"] = monthly
        if annual is not UNSET:
            field_dict["annual"] = annual

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        one_time = d.pop("one_time", UNSET)

        monthly = d.pop("monthly", UNSET)

        annual = d.pop("annual", UNSET)

        opportunity_count_by_value_period = cls(
            one_time=one_time,
            monthly=monthly,
            annual=annual,
        )

        opportunity_count_by_value_period.additional_properties = d
        return opportunity_count_by_value_period

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
