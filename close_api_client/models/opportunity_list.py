from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.opportunity import Opportunity
    from ..models.opportunity_count_by_value_period import OpportunityCountByValuePeriod


T = TypeVar("T", bound="OpportunityList")


@_attrs_define
class OpportunityList:
    """One page of opportunities, with aggregates over all matches (in cents; `*_formatted`
    for display). With `_group_by`, each item of `data` is a group (`key`, `objects`)
    instead of an opportunity; it still parses losslessly (the group's keys are kept
    as additional properties) and `OpportunityGroup.from_dict(item.to_dict())` types it.
    `data` is typed for the common, ungrouped case so callers need no narrowing.

        Attributes:
            data (list[Opportunity]):
            has_more (bool):
            total_results (int | Unset):
            count_by_value_period (OpportunityCountByValuePeriod | Unset): The number of matching opportunities per value
                period.
            total_value_one_time (int | Unset):
            total_value_one_time_formatted (str | Unset):
            total_value_monthly (int | Unset):
            total_value_monthly_formatted (str | Unset):
            total_value_annual (int | Unset):
            total_value_annual_formatted (str | Unset):
            total_value_annualized (int | Unset):
            total_value_annualized_formatted (str | Unset):
            expected_value_one_time (float | Unset):
            expected_value_one_time_formatted (str | Unset):
            expected_value_monthly (float | Unset):
            expected_value_monthly_formatted (str | Unset):
            expected_value_annual (float | Unset):
            expected_value_annual_formatted (str | Unset):
            expected_value_annualized (float | Unset):
            expected_value_annualized_formatted (str | Unset):
    """

    data: list[Opportunity]
    has_more: bool
    total_results: int | Unset = UNSET
    count_by_value_period: OpportunityCountByValuePeriod | Unset = UNSET
    total_value_one_time: int | Unset = UNSET
    total_value_one_time_formatted: str | Unset = UNSET
    total_value_monthly: int | Unset = UNSET
    total_value_monthly_formatted: str | Unset = UNSET
    total_value_annual: int | Unset = UNSET
    total_value_annual_formatted: str | Unset = UNSET
    total_value_annualized: int | Unset = UNSET
    total_value_annualized_formatted: str | Unset = UNSET
    expected_value_one_time: float | Unset = UNSET
    expected_value_one_time_formatted: str | Unset = UNSET
    expected_value_monthly: float | Unset = UNSET
    expected_value_monthly_formatted: str | Unset = UNSET
    expected_value_annual: float | Unset = UNSET
    expected_value_annual_formatted: str | Unset = UNSET
    expected_value_annualized: float | Unset = UNSET
    expected_value_annualized_formatted: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        total_results = self.total_results

        count_by_value_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.count_by_value_period, Unset):
            count_by_value_period = self.count_by_value_period.to_dict()

        total_value_one_time = self.total_value_one_time

        total_value_one_time_formatted = self.total_value_one_time_formatted

        total_value_monthly = self.total_value_monthly

        total_value_monthly_formatted = self.total_value_monthly_formatted

        total_value_annual = self.total_value_annual

        total_value_annual_formatted = self.total_value_annual_formatted

        total_value_annualized = self.total_value_annualized

        total_value_annualized_formatted = self.total_value_annualized_formatted

        expected_value_one_time = self.expected_value_one_time

        expected_value_one_time_formatted = self.expected_value_one_time_formatted

        expected_value_monthly = self.expected_value_monthly

        expected_value_monthly_formatted = self.expected_value_monthly_formatted

        expected_value_annual = self.expected_value_annual

        expected_value_annual_formatted = self.expected_value_annual_formatted

        expected_value_annualized = self.expected_value_annualized

        expected_value_annualized_formatted = self.expected_value_annualized_formatted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
            }
        )
        if total_results is not UNSET:
            field_dict["total_results"] = total_results
        if count_by_value_period is not UNSET:
            field_dict["count_by_value_period"] = count_by_value_period
        if total_value_one_time is not UNSET:
            field_dict["total_value_one_time"] = total_value_one_time
        if total_value_one_time_formatted is not UNSET:
            field_dict["total_value_one_time_formatted"] = total_value_one_time_formatted
        if total_value_monthly is not UNSET:
            field_dict["total_value_monthly"] = total_value_monthly
        if total_value_monthly_formatted is not UNSET:
            field_dict["total_value_monthly_formatted"] = total_value_monthly_formatted
        if total_value_annual is not UNSET:
            field_dict["total_value_annual"] = total_value_annual
        if total_value_annual_formatted is not UNSET:
            field_dict["total_value_annual_formatted"] = total_value_annual_formatted
        if total_value_annualized is not UNSET:
            field_dict["total_value_annualized"] = total_value_annualized
        if total_value_annualized_formatted is not UNSET:
            field_dict["total_value_annualized_formatted"] = total_value_annualized_formatted
        if expected_value_one_time is not UNSET:
            field_dict["expected_value_one_time"] = expected_value_one_time
        if expected_value_one_time_formatted is not UNSET:
            field_dict["expected_value_one_time_formatted"] = expected_value_one_time_formatted
        if expected_value_monthly is not UNSET:
            field_dict["expected_value_monthly"] = expected_value_monthly
        if expected_value_monthly_formatted is not UNSET:
            field_dict["expected_value_monthly_formatted"] = expected_value_monthly_formatted
        if expected_value_annual is not UNSET:
            field_dict["expected_value_annual"] = expected_value_annual
        if expected_value_annual_formatted is not UNSET:
            field_dict["expected_value_annual_formatted"] = expected_value_annual_formatted
        if expected_value_annualized is not UNSET:
            field_dict["expected_value_annualized"] = expected_value_annualized
        if expected_value_annualized_formatted is not UNSET:
            field_dict["expected_value_annualized_formatted"] = expected_value_annualized_formatted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.opportunity import Opportunity  # noqa: PLC0415
        from ..models.opportunity_count_by_value_period import OpportunityCountByValuePeriod  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Opportunity.from_dict(data_item_data)

            data.append(data_item)

        has_more = d.pop("has_more")

        total_results = d.pop("total_results", UNSET)

        _count_by_value_period = d.pop("count_by_value_period", UNSET)
        count_by_value_period: OpportunityCountByValuePeriod | Unset
        if isinstance(_count_by_value_period, Unset):
            count_by_value_period = UNSET
        else:
            count_by_value_period = OpportunityCountByValuePeriod.from_dict(_count_by_value_period)

        total_value_one_time = d.pop("total_value_one_time", UNSET)

        total_value_one_time_formatted = d.pop("total_value_one_time_formatted", UNSET)

        total_value_monthly = d.pop("total_value_monthly", UNSET)

        total_value_monthly_formatted = d.pop("total_value_monthly_formatted", UNSET)

        total_value_annual = d.pop("total_value_annual", UNSET)

        total_value_annual_formatted = d.pop("total_value_annual_formatted", UNSET)

        total_value_annualized = d.pop("total_value_annualized", UNSET)

        total_value_annualized_formatted = d.pop("total_value_annualized_formatted", UNSET)

        expected_value_one_time = d.pop("expected_value_one_time", UNSET)

        expected_value_one_time_formatted = d.pop("expected_value_one_time_formatted", UNSET)

        expected_value_monthly = d.pop("expected_value_monthly", UNSET)

        expected_value_monthly_formatted = d.pop("expected_value_monthly_formatted", UNSET)

        expected_value_annual = d.pop("expected_value_annual", UNSET)

        expected_value_annual_formatted = d.pop("expected_value_annual_formatted", UNSET)

        expected_value_annualized = d.pop("expected_value_annualized", UNSET)

        expected_value_annualized_formatted = d.pop("expected_value_annualized_formatted", UNSET)

        opportunity_list = cls(
            data=data,
            has_more=has_more,
            total_results=total_results,
            count_by_value_period=count_by_value_period,
            total_value_one_time=total_value_one_time,
            total_value_one_time_formatted=total_value_one_time_formatted,
            total_value_monthly=total_value_monthly,
            total_value_monthly_formatted=total_value_monthly_formatted,
            total_value_annual=total_value_annual,
            total_value_annual_formatted=total_value_annual_formatted,
            total_value_annualized=total_value_annualized,
            total_value_annualized_formatted=total_value_annualized_formatted,
            expected_value_one_time=expected_value_one_time,
            expected_value_one_time_formatted=expected_value_one_time_formatted,
            expected_value_monthly=expected_value_monthly,
            expected_value_monthly_formatted=expected_value_monthly_formatted,
            expected_value_annual=expected_value_annual,
            expected_value_annual_formatted=expected_value_annual_formatted,
            expected_value_annualized=expected_value_annualized,
            expected_value_annualized_formatted=expected_value_annualized_formatted,
        )

        opportunity_list.additional_properties = d
        return opportunity_list

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
