from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FunnelTotals")


@_attrs_define
class FunnelTotals:
    """Whole-funnel totals, aggregated or of one user (`user_id`). Values in cents, times in seconds.

    Attributes:
        user_id (str | Unset):
        count (int | Unset):
        count_total_complete (int | Unset):
        count_total_won (int | Unset):
        count_win_rate (float | Unset):
        value_total_complete (int | Unset):
        value_total_won (int | Unset):
        value_win_rate (float | Unset):
        average_time_to_win (float | None | Unset):
        average_value_annualized_per_won_opportunity (float | Unset):
        sales_velocity (float | Unset):
    """

    user_id: str | Unset = UNSET
    count: int | Unset = UNSET
    count_total_complete: int | Unset = UNSET
    count_total_won: int | Unset = UNSET
    count_win_rate: float | Unset = UNSET
    value_total_complete: int | Unset = UNSET
    value_total_won: int | Unset = UNSET
    value_win_rate: float | Unset = UNSET
    average_time_to_win: float | None | Unset = UNSET
    average_value_annualized_per_won_opportunity: float | Unset = UNSET
    sales_velocity: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        count = self.count

        count_total_complete = self.count_total_complete

        count_total_won = self.count_total_won

        count_win_rate = self.count_win_rate

        value_total_complete = self.value_total_complete

        value_total_won = self.value_total_won

        value_win_rate = self.value_win_rate

        average_time_to_win: float | None | Unset
        if isinstance(self.average_time_to_win, Unset):
            average_time_to_win = UNSET
        else:
            average_time_to_win = self.average_time_to_win

        average_value_annualized_per_won_opportunity = (
            self.average_value_annualized_per_won_opportunity
        )

        sales_velocity = self.sales_velocity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if count is not UNSET:
            field_dict["count"] = count
        if count_total_complete is not UNSET:
            field_dict["count_total_complete"] = count_total_complete
        if count_total_won is not UNSET:
            field_dict["count_total_won"] = count_total_won
        if count_win_rate is not UNSET:
            field_dict["count_win_rate"] = count_win_rate
        if value_total_complete is not UNSET:
            field_dict["value_total_complete"] = value_total_complete
        if value_total_won is not UNSET:
            field_dict["value_total_won"] = value_total_won
        if value_win_rate is not UNSET:
            field_dict["value_win_rate"] = value_win_rate
        if average_time_to_win is not UNSET:
            field_dict["average_time_to_win"] = average_time_to_win
        if average_value_annualized_per_won_opportunity is not UNSET:
            field_dict["average_value_annualized_per_won_opportunity"] = (
                average_value_annualized_per_won_opportunity
            )
        if sales_velocity is not UNSET:
            field_dict["sales_velocity"] = sales_velocity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        count = d.pop("count", UNSET)

        count_total_complete = d.pop("count_total_complete", UNSET)

        count_total_won = d.pop("count_total_won", UNSET)

        count_win_rate = d.pop("count_win_rate", UNSET)

        value_total_complete = d.pop("value_total_complete", UNSET)

        value_total_won = d.pop("value_total_won", UNSET)

        value_win_rate = d.pop("value_win_rate", UNSET)

        def _parse_average_time_to_win(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_time_to_win = _parse_average_time_to_win(d.pop("average_time_to_win", UNSET))

        average_value_annualized_per_won_opportunity = d.pop(
            "average_value_annualized_per_won_opportunity", UNSET
        )

        sales_velocity = d.pop("sales_velocity", UNSET)

        funnel_totals = cls(
            user_id=user_id,
            count=count,
            count_total_complete=count_total_complete,
            count_total_won=count_total_won,
            count_win_rate=count_win_rate,
            value_total_complete=value_total_complete,
            value_total_won=value_total_won,
            value_win_rate=value_win_rate,
            average_time_to_win=average_time_to_win,
            average_value_annualized_per_won_opportunity=average_value_annualized_per_won_opportunity,
            sales_velocity=sales_velocity,
        )

        funnel_totals.additional_properties = d
        return funnel_totals

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
