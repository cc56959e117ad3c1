from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        count = self.count
        if count is not UNSET:
            field_dict["count"] = count

        count_total_complete = self.count_total_complete
        if count_total_complete is not UNSET:
            field_dict["count_total_complete"] = count_total_complete

        count_total_won = self.count_total_won
        if count_total_won is not UNSET:
            field_dict["count_total_won"] = count_total_won

        count_win_rate = self.count_win_rate
        if count_win_rate is not UNSET:
            field_dict["count_win_rate"] = count_win_rate

        value_total_complete = self.value_total_complete
        if value_total_complete is not UNSET:
            field_dict["value_total_complete"] = value_total_complete

        value_total_won = self.value_total_won
        if value_total_won is not UNSET:
            field_dict["value_total_won"] = value_total_won

        value_win_rate = self.value_win_rate
        if value_win_rate is not UNSET:
            field_dict["value_win_rate"] = value_win_rate

        average_time_to_win: float | None | Unset
        if isinstance(self.average_time_to_win, Unset):
            average_time_to_win = UNSET
        else:
            average_time_to_win = self.average_time_to_win
        if average_time_to_win is not UNSET:
            field_dict["average_time_to_win"] = average_time_to_win

        average_value_annualized_per_won_opportunity = (
            self.average_value_annualized_per_won_opportunity
        )
        if average_value_annualized_per_won_opportunity is not UNSET:
            field_dict["average_value_annualized_per_won_opportunity"] = (
                average_value_annualized_per_won_opportunity
            )

        sales_velocity = self.sales_velocity
        if sales_velocity is not UNSET:
            field_dict["sales_velocity"] = sales_velocity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart.
        """
        d = dict(src_dict)
        _raw_user_id = d.pop("user_id", UNSET)
        user_id: str | Unset
        if isinstance(_raw_user_id, str):
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_count = d.pop("count", UNSET)
        count: int | Unset
        if isinstance(_raw_count, int) and not isinstance(_raw_count, bool):
            count = _raw_count
        else:
            count = UNSET
            if _raw_count is not UNSET:
                d["count"] = _raw_count

        _raw_count_total_complete = d.pop("count_total_complete", UNSET)
        count_total_complete: int | Unset
        if isinstance(_raw_count_total_complete, int) and not isinstance(
            _raw_count_total_complete, bool
        ):
            count_total_complete = _raw_count_total_complete
        else:
            count_total_complete = UNSET
            if _raw_count_total_complete is not UNSET:
                d["count_total_complete"] = _raw_count_total_complete

        _raw_count_total_won = d.pop("count_total_won", UNSET)
        count_total_won: int | Unset
        if isinstance(_raw_count_total_won, int) and not isinstance(_raw_count_total_won, bool):
            count_total_won = _raw_count_total_won
        else:
            count_total_won = UNSET
            if _raw_count_total_won is not UNSET:
                d["count_total_won"] = _raw_count_total_won

        _raw_count_win_rate = d.pop("count_win_rate", UNSET)
        count_win_rate: float | Unset
        if isinstance(_raw_count_win_rate, int | float) and not isinstance(
            _raw_count_win_rate, bool
        ):
            count_win_rate = _raw_count_win_rate
        else:
            count_win_rate = UNSET
            if _raw_count_win_rate is not UNSET:
                d["count_win_rate"] = _raw_count_win_rate

        _raw_value_total_complete = d.pop("value_total_complete", UNSET)
        value_total_complete: int | Unset
        if isinstance(_raw_value_total_complete, int) and not isinstance(
            _raw_value_total_complete, bool
        ):
            value_total_complete = _raw_value_total_complete
        else:
            value_total_complete = UNSET
            if _raw_value_total_complete is not UNSET:
                d["value_total_complete"] = _raw_value_total_complete

        _raw_value_total_won = d.pop("value_total_won", UNSET)
        value_total_won: int | Unset
        if isinstance(_raw_value_total_won, int) and not isinstance(_raw_value_total_won, bool):
            value_total_won = _raw_value_total_won
        else:
            value_total_won = UNSET
            if _raw_value_total_won is not UNSET:
                d["value_total_won"] = _raw_value_total_won

        _raw_value_win_rate = d.pop("value_win_rate", UNSET)
        value_win_rate: float | Unset
        if isinstance(_raw_value_win_rate, int | float) and not isinstance(
            _raw_value_win_rate, bool
        ):
            value_win_rate = _raw_value_win_rate
        else:
            value_win_rate = UNSET
            if _raw_value_win_rate is not UNSET:
                d["value_win_rate"] = _raw_value_win_rate

        _raw_average_time_to_win = d.pop("average_time_to_win", UNSET)
        average_time_to_win: float | None | Unset
        if (
            isinstance(_raw_average_time_to_win, int | float)
            and not isinstance(_raw_average_time_to_win, bool)
        ) or _raw_average_time_to_win is None:
            average_time_to_win = _raw_average_time_to_win
        else:
            average_time_to_win = UNSET
            if _raw_average_time_to_win is not UNSET:
                d["average_time_to_win"] = _raw_average_time_to_win

        _raw_average_value_annualized_per_won_opportunity = d.pop(
            "average_value_annualized_per_won_opportunity", UNSET
        )
        average_value_annualized_per_won_opportunity: float | Unset
        if isinstance(
            _raw_average_value_annualized_per_won_opportunity, int | float
        ) and not isinstance(_raw_average_value_annualized_per_won_opportunity, bool):
            average_value_annualized_per_won_opportunity = (
                _raw_average_value_annualized_per_won_opportunity
            )
        else:
            average_value_annualized_per_won_opportunity = UNSET
            if _raw_average_value_annualized_per_won_opportunity is not UNSET:
                d["average_value_annualized_per_won_opportunity"] = (
                    _raw_average_value_annualized_per_won_opportunity
                )

        _raw_sales_velocity = d.pop("sales_velocity", UNSET)
        sales_velocity: float | Unset
        if isinstance(_raw_sales_velocity, int | float) and not isinstance(
            _raw_sales_velocity, bool
        ):
            sales_velocity = _raw_sales_velocity
        else:
            sales_velocity = UNSET
            if _raw_sales_velocity is not UNSET:
                d["sales_velocity"] = _raw_sales_velocity

        parsed_obj = cls(
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
