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
        count (int):
        count_total_complete (int):
        count_total_won (int):
        count_win_rate (float):
        value_total_complete (int):
        value_total_won (int):
        value_win_rate (float):
        average_time_to_win (float | None):
        average_value_annualized_per_won_opportunity (float):
        sales_velocity (float):
        user_id (str | Unset):
    """

    count: int
    count_total_complete: int
    count_total_won: int
    count_win_rate: float
    value_total_complete: int
    value_total_won: int
    value_win_rate: float
    average_time_to_win: float | None
    average_value_annualized_per_won_opportunity: float
    sales_velocity: float
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        count_total_complete = self.count_total_complete

        count_total_won = self.count_total_won

        count_win_rate = self.count_win_rate

        value_total_complete = self.value_total_complete

        value_total_won = self.value_total_won

        value_win_rate = self.value_win_rate

        average_time_to_win: float | None
        average_time_to_win = self.average_time_to_win

        average_value_annualized_per_won_opportunity = (
            self.average_value_annualized_per_won_opportunity
        )

        sales_velocity = self.sales_velocity

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "count_total_complete": count_total_complete,
                "count_total_won": count_total_won,
                "count_win_rate": count_win_rate,
                "value_total_complete": value_total_complete,
                "value_total_won": value_total_won,
                "value_win_rate": value_win_rate,
                "average_time_to_win": average_time_to_win,
                "average_value_annualized_per_won_opportunity": average_value_annualized_per_won_opportunity,
                "sales_velocity": sales_velocity,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        count_total_complete = d.pop("count_total_complete")

        count_total_won = d.pop("count_total_won")

        count_win_rate = d.pop("count_win_rate")

        value_total_complete = d.pop("value_total_complete")

        value_total_won = d.pop("value_total_won")

        value_win_rate = d.pop("value_win_rate")

        def _parse_average_time_to_win(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_time_to_win = _parse_average_time_to_win(d.pop("average_time_to_win"))

        average_value_annualized_per_won_opportunity = d.pop(
            "average_value_annualized_per_won_opportunity"
        )

        sales_velocity = d.pop("sales_velocity")

        user_id = d.pop("user_id", UNSET)

        funnel_totals = cls(
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
            user_id=user_id,
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
