from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.count, Unset):  # absent only if trimmed by _fields
            count = self.count
            field_dict["count"] = count

        if not isinstance(self.count_total_complete, Unset):  # absent only if trimmed by _fields
            count_total_complete = self.count_total_complete
            field_dict["count_total_complete"] = count_total_complete

        if not isinstance(self.count_total_won, Unset):  # absent only if trimmed by _fields
            count_total_won = self.count_total_won
            field_dict["count_total_won"] = count_total_won

        if not isinstance(self.count_win_rate, Unset):  # absent only if trimmed by _fields
            count_win_rate = self.count_win_rate
            field_dict["count_win_rate"] = count_win_rate

        if not isinstance(self.value_total_complete, Unset):  # absent only if trimmed by _fields
            value_total_complete = self.value_total_complete
            field_dict["value_total_complete"] = value_total_complete

        if not isinstance(self.value_total_won, Unset):  # absent only if trimmed by _fields
            value_total_won = self.value_total_won
            field_dict["value_total_won"] = value_total_won

        if not isinstance(self.value_win_rate, Unset):  # absent only if trimmed by _fields
            value_win_rate = self.value_win_rate
            field_dict["value_win_rate"] = value_win_rate

        if not isinstance(self.average_time_to_win, Unset):  # absent only if trimmed by _fields
            average_time_to_win: float | None
            average_time_to_win = self.average_time_to_win
            field_dict["average_time_to_win"] = average_time_to_win

        if not isinstance(
            self.average_value_annualized_per_won_opportunity, Unset
        ):  # absent only if trimmed by _fields
            average_value_annualized_per_won_opportunity = (
                self.average_value_annualized_per_won_opportunity
            )
            field_dict["average_value_annualized_per_won_opportunity"] = (
                average_value_annualized_per_won_opportunity
            )

        if not isinstance(self.sales_velocity, Unset):  # absent only if trimmed by _fields
            sales_velocity = self.sales_velocity
            field_dict["sales_velocity"] = sales_velocity

        user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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
            raise not_an_object("FunnelTotals", src_dict)
        d = dict(src_dict)
        _raw_count = d.pop("count", UNSET)
        count: int
        if isinstance(_raw_count, int) and not isinstance(_raw_count, bool):
            count = _raw_count
        else:
            count = MISSING
            if _raw_count is not UNSET:
                d["count"] = _raw_count

        _raw_count_total_complete = d.pop("count_total_complete", UNSET)
        count_total_complete: int
        if isinstance(_raw_count_total_complete, int) and not isinstance(
            _raw_count_total_complete, bool
        ):
            count_total_complete = _raw_count_total_complete
        else:
            count_total_complete = MISSING
            if _raw_count_total_complete is not UNSET:
                d["count_total_complete"] = _raw_count_total_complete

        _raw_count_total_won = d.pop("count_total_won", UNSET)
        count_total_won: int
        if isinstance(_raw_count_total_won, int) and not isinstance(_raw_count_total_won, bool):
            count_total_won = _raw_count_total_won
        else:
            count_total_won = MISSING
            if _raw_count_total_won is not UNSET:
                d["count_total_won"] = _raw_count_total_won

        _raw_count_win_rate = d.pop("count_win_rate", UNSET)
        count_win_rate: float
        if isinstance(_raw_count_win_rate, int | float) and not isinstance(
            _raw_count_win_rate, bool
        ):
            count_win_rate = _raw_count_win_rate
        else:
            count_win_rate = MISSING
            if _raw_count_win_rate is not UNSET:
                d["count_win_rate"] = _raw_count_win_rate

        _raw_value_total_complete = d.pop("value_total_complete", UNSET)
        value_total_complete: int
        if isinstance(_raw_value_total_complete, int) and not isinstance(
            _raw_value_total_complete, bool
        ):
            value_total_complete = _raw_value_total_complete
        else:
            value_total_complete = MISSING
            if _raw_value_total_complete is not UNSET:
                d["value_total_complete"] = _raw_value_total_complete

        _raw_value_total_won = d.pop("value_total_won", UNSET)
        value_total_won: int
        if isinstance(_raw_value_total_won, int) and not isinstance(_raw_value_total_won, bool):
            value_total_won = _raw_value_total_won
        else:
            value_total_won = MISSING
            if _raw_value_total_won is not UNSET:
                d["value_total_won"] = _raw_value_total_won

        _raw_value_win_rate = d.pop("value_win_rate", UNSET)
        value_win_rate: float
        if isinstance(_raw_value_win_rate, int | float) and not isinstance(
            _raw_value_win_rate, bool
        ):
            value_win_rate = _raw_value_win_rate
        else:
            value_win_rate = MISSING
            if _raw_value_win_rate is not UNSET:
                d["value_win_rate"] = _raw_value_win_rate

        _raw_average_time_to_win = d.pop("average_time_to_win", UNSET)
        average_time_to_win: float | None
        if (
            isinstance(_raw_average_time_to_win, int | float)
            and not isinstance(_raw_average_time_to_win, bool)
        ) or _raw_average_time_to_win is None:
            average_time_to_win = _raw_average_time_to_win
        else:
            average_time_to_win = MISSING
            if _raw_average_time_to_win is not UNSET:
                d["average_time_to_win"] = _raw_average_time_to_win

        _raw_average_value_annualized_per_won_opportunity = d.pop(
            "average_value_annualized_per_won_opportunity", UNSET
        )
        average_value_annualized_per_won_opportunity: float
        if isinstance(
            _raw_average_value_annualized_per_won_opportunity, int | float
        ) and not isinstance(_raw_average_value_annualized_per_won_opportunity, bool):
            average_value_annualized_per_won_opportunity = (
                _raw_average_value_annualized_per_won_opportunity
            )
        else:
            average_value_annualized_per_won_opportunity = MISSING
            if _raw_average_value_annualized_per_won_opportunity is not UNSET:
                d["average_value_annualized_per_won_opportunity"] = (
                    _raw_average_value_annualized_per_won_opportunity
                )

        _raw_sales_velocity = d.pop("sales_velocity", UNSET)
        sales_velocity: float
        if isinstance(_raw_sales_velocity, int | float) and not isinstance(
            _raw_sales_velocity, bool
        ):
            sales_velocity = _raw_sales_velocity
        else:
            sales_velocity = MISSING
            if _raw_sales_velocity is not UNSET:
                d["sales_velocity"] = _raw_sales_velocity

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: str | Unset
        if isinstance(_raw_user_id, str):
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        parsed_obj = cls(
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
