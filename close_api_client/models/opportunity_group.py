from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.opportunity import Opportunity
    from ..models.opportunity_count_by_value_period import OpportunityCountByValuePeriod


T = TypeVar("T", bound="OpportunityGroup")


@_attrs_define
class OpportunityGroup:
    """A group of opportunities in a `_group_by` list, with the aggregates for the group.
    Paging counts opportunities, so a group at a page boundary can be cut off (then
    `total_results` exceeds the length of `objects`); `key` joins a group across pages.

        Attributes:
            key (Any): The group's unique key (its form depends on the grouping).
            objects (list[Opportunity]):
            total_results (int | Unset):
            year (int | Unset): Grouping by year, quarter or month.
            quarter (int | Unset): Grouping by quarter (1-4).
            month (int | Unset): Grouping by month (1-12).
            weekyear (int | Unset): Grouping by week (ISO week year).
            week (int | Unset): Grouping by week (ISO week number).
            user_id (str | Unset): Grouping by user.
            user_name (str | Unset): Grouping by user (full name).
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

    key: Any
    objects: list[Opportunity]
    total_results: int | Unset = UNSET
    year: int | Unset = UNSET
    quarter: int | Unset = UNSET
    month: int | Unset = UNSET
    weekyear: int | Unset = UNSET
    week: int | Unset = UNSET
    user_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.key, Unset):  # absent only if trimmed by _fields
            key = self.key
            field_dict["key"] = key

        if not isinstance(self.objects, Unset):  # absent only if trimmed by _fields
            objects = []
            for objects_item_data in self.objects:
                objects_item = objects_item_data.to_dict()
                objects.append(objects_item)

            field_dict["objects"] = objects

        total_results = self.total_results
        if total_results is not UNSET:
            field_dict["total_results"] = total_results

        year = self.year
        if year is not UNSET:
            field_dict["year"] = year

        quarter = self.quarter
        if quarter is not UNSET:
            field_dict["quarter"] = quarter

        month = self.month
        if month is not UNSET:
            field_dict["month"] = month

        weekyear = self.weekyear
        if weekyear is not UNSET:
            field_dict["weekyear"] = weekyear

        week = self.week
        if week is not UNSET:
            field_dict["week"] = week

        user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        user_name = self.user_name
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        count_by_value_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.count_by_value_period, Unset):
            count_by_value_period = self.count_by_value_period.to_dict()
        if count_by_value_period is not UNSET:
            field_dict["count_by_value_period"] = count_by_value_period

        total_value_one_time = self.total_value_one_time
        if total_value_one_time is not UNSET:
            field_dict["total_value_one_time"] = total_value_one_time

        total_value_one_time_formatted = self.total_value_one_time_formatted
        if total_value_one_time_formatted is not UNSET:
            field_dict["total_value_one_time_formatted"] = total_value_one_time_formatted

        total_value_monthly = self.total_value_monthly
        if total_value_monthly is not UNSET:
            field_dict["total_value_monthly"] = total_value_monthly

        total_value_monthly_formatted = self.total_value_monthly_formatted
        if total_value_monthly_formatted is not UNSET:
            field_dict["total_value_monthly_formatted"] = total_value_monthly_formatted

        total_value_annual = self.total_value_annual
        if total_value_annual is not UNSET:
            field_dict["total_value_annual"] = total_value_annual

        total_value_annual_formatted = self.total_value_annual_formatted
        if total_value_annual_formatted is not UNSET:
            field_dict["total_value_annual_formatted"] = total_value_annual_formatted

        total_value_annualized = self.total_value_annualized
        if total_value_annualized is not UNSET:
            field_dict["total_value_annualized"] = total_value_annualized

        total_value_annualized_formatted = self.total_value_annualized_formatted
        if total_value_annualized_formatted is not UNSET:
            field_dict["total_value_annualized_formatted"] = total_value_annualized_formatted

        expected_value_one_time = self.expected_value_one_time
        if expected_value_one_time is not UNSET:
            field_dict["expected_value_one_time"] = expected_value_one_time

        expected_value_one_time_formatted = self.expected_value_one_time_formatted
        if expected_value_one_time_formatted is not UNSET:
            field_dict["expected_value_one_time_formatted"] = expected_value_one_time_formatted

        expected_value_monthly = self.expected_value_monthly
        if expected_value_monthly is not UNSET:
            field_dict["expected_value_monthly"] = expected_value_monthly

        expected_value_monthly_formatted = self.expected_value_monthly_formatted
        if expected_value_monthly_formatted is not UNSET:
            field_dict["expected_value_monthly_formatted"] = expected_value_monthly_formatted

        expected_value_annual = self.expected_value_annual
        if expected_value_annual is not UNSET:
            field_dict["expected_value_annual"] = expected_value_annual

        expected_value_annual_formatted = self.expected_value_annual_formatted
        if expected_value_annual_formatted is not UNSET:
            field_dict["expected_value_annual_formatted"] = expected_value_annual_formatted

        expected_value_annualized = self.expected_value_annualized
        if expected_value_annualized is not UNSET:
            field_dict["expected_value_annualized"] = expected_value_annualized

        expected_value_annualized_formatted = self.expected_value_annualized_formatted
        if expected_value_annualized_formatted is not UNSET:
            field_dict["expected_value_annualized_formatted"] = expected_value_annualized_formatted

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
            raise not_an_object("OpportunityGroup", src_dict)
        from ..models.opportunity import Opportunity  # noqa: PLC0415
        from ..models.opportunity_count_by_value_period import OpportunityCountByValuePeriod  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key", MISSING)

        _raw_objects = d.pop("objects", UNSET)
        try:
            _fits = _raw_objects is not UNSET and isinstance(_raw_objects, list)
            if not _fits:
                raise TypeError()
            objects = []
            _objects = _raw_objects
            for objects_item_data in _objects:
                objects_item = Opportunity.from_dict(objects_item_data)

                objects.append(objects_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            objects = MISSING
            if _raw_objects is not UNSET:
                d["objects"] = _raw_objects

        _raw_total_results = d.pop("total_results", UNSET)
        total_results: int | Unset
        if isinstance(_raw_total_results, int) and not isinstance(_raw_total_results, bool):
            total_results = _raw_total_results
        else:
            total_results = UNSET
            if _raw_total_results is not UNSET:
                d["total_results"] = _raw_total_results

        _raw_year = d.pop("year", UNSET)
        year: int | Unset
        if isinstance(_raw_year, int) and not isinstance(_raw_year, bool):
            year = _raw_year
        else:
            year = UNSET
            if _raw_year is not UNSET:
                d["year"] = _raw_year

        _raw_quarter = d.pop("quarter", UNSET)
        quarter: int | Unset
        if isinstance(_raw_quarter, int) and not isinstance(_raw_quarter, bool):
            quarter = _raw_quarter
        else:
            quarter = UNSET
            if _raw_quarter is not UNSET:
                d["quarter"] = _raw_quarter

        _raw_month = d.pop("month", UNSET)
        month: int | Unset
        if isinstance(_raw_month, int) and not isinstance(_raw_month, bool):
            month = _raw_month
        else:
            month = UNSET
            if _raw_month is not UNSET:
                d["month"] = _raw_month

        _raw_weekyear = d.pop("weekyear", UNSET)
        weekyear: int | Unset
        if isinstance(_raw_weekyear, int) and not isinstance(_raw_weekyear, bool):
            weekyear = _raw_weekyear
        else:
            weekyear = UNSET
            if _raw_weekyear is not UNSET:
                d["weekyear"] = _raw_weekyear

        _raw_week = d.pop("week", UNSET)
        week: int | Unset
        if isinstance(_raw_week, int) and not isinstance(_raw_week, bool):
            week = _raw_week
        else:
            week = UNSET
            if _raw_week is not UNSET:
                d["week"] = _raw_week

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: str | Unset
        if isinstance(_raw_user_id, str):
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_user_name = d.pop("user_name", UNSET)
        user_name: str | Unset
        if isinstance(_raw_user_name, str):
            user_name = _raw_user_name
        else:
            user_name = UNSET
            if _raw_user_name is not UNSET:
                d["user_name"] = _raw_user_name

        _raw_count_by_value_period = d.pop("count_by_value_period", UNSET)
        try:
            _fits = _raw_count_by_value_period is UNSET or isinstance(
                _raw_count_by_value_period, dict
            )
            if not _fits:
                raise TypeError()
            _count_by_value_period = _raw_count_by_value_period
            count_by_value_period: OpportunityCountByValuePeriod | Unset
            if isinstance(_count_by_value_period, Unset):
                count_by_value_period = UNSET
            else:
                count_by_value_period = OpportunityCountByValuePeriod.from_dict(
                    _count_by_value_period
                )

        except (TypeError, ValueError, AttributeError, KeyError):
            count_by_value_period = UNSET
            if _raw_count_by_value_period is not UNSET:
                d["count_by_value_period"] = _raw_count_by_value_period

        _raw_total_value_one_time = d.pop("total_value_one_time", UNSET)
        total_value_one_time: int | Unset
        if isinstance(_raw_total_value_one_time, int) and not isinstance(
            _raw_total_value_one_time, bool
        ):
            total_value_one_time = _raw_total_value_one_time
        else:
            total_value_one_time = UNSET
            if _raw_total_value_one_time is not UNSET:
                d["total_value_one_time"] = _raw_total_value_one_time

        _raw_total_value_one_time_formatted = d.pop("total_value_one_time_formatted", UNSET)
        total_value_one_time_formatted: str | Unset
        if isinstance(_raw_total_value_one_time_formatted, str):
            total_value_one_time_formatted = _raw_total_value_one_time_formatted
        else:
            total_value_one_time_formatted = UNSET
            if _raw_total_value_one_time_formatted is not UNSET:
                d["total_value_one_time_formatted"] = _raw_total_value_one_time_formatted

        _raw_total_value_monthly = d.pop("total_value_monthly", UNSET)
        total_value_monthly: int | Unset
        if isinstance(_raw_total_value_monthly, int) and not isinstance(
            _raw_total_value_monthly, bool
        ):
            total_value_monthly = _raw_total_value_monthly
        else:
            total_value_monthly = UNSET
            if _raw_total_value_monthly is not UNSET:
                d["total_value_monthly"] = _raw_total_value_monthly

        _raw_total_value_monthly_formatted = d.pop("total_value_monthly_formatted", UNSET)
        total_value_monthly_formatted: str | Unset
        if isinstance(_raw_total_value_monthly_formatted, str):
            total_value_monthly_formatted = _raw_total_value_monthly_formatted
        else:
            total_value_monthly_formatted = UNSET
            if _raw_total_value_monthly_formatted is not UNSET:
                d["total_value_monthly_formatted"] = _raw_total_value_monthly_formatted

        _raw_total_value_annual = d.pop("total_value_annual", UNSET)
        total_value_annual: int | Unset
        if isinstance(_raw_total_value_annual, int) and not isinstance(
            _raw_total_value_annual, bool
        ):
            total_value_annual = _raw_total_value_annual
        else:
            total_value_annual = UNSET
            if _raw_total_value_annual is not UNSET:
                d["total_value_annual"] = _raw_total_value_annual

        _raw_total_value_annual_formatted = d.pop("total_value_annual_formatted", UNSET)
        total_value_annual_formatted: str | Unset
        if isinstance(_raw_total_value_annual_formatted, str):
            total_value_annual_formatted = _raw_total_value_annual_formatted
        else:
            total_value_annual_formatted = UNSET
            if _raw_total_value_annual_formatted is not UNSET:
                d["total_value_annual_formatted"] = _raw_total_value_annual_formatted

        _raw_total_value_annualized = d.pop("total_value_annualized", UNSET)
        total_value_annualized: int | Unset
        if isinstance(_raw_total_value_annualized, int) and not isinstance(
            _raw_total_value_annualized, bool
        ):
            total_value_annualized = _raw_total_value_annualized
        else:
            total_value_annualized = UNSET
            if _raw_total_value_annualized is not UNSET:
                d["total_value_annualized"] = _raw_total_value_annualized

        _raw_total_value_annualized_formatted = d.pop("total_value_annualized_formatted", UNSET)
        total_value_annualized_formatted: str | Unset
        if isinstance(_raw_total_value_annualized_formatted, str):
            total_value_annualized_formatted = _raw_total_value_annualized_formatted
        else:
            total_value_annualized_formatted = UNSET
            if _raw_total_value_annualized_formatted is not UNSET:
                d["total_value_annualized_formatted"] = _raw_total_value_annualized_formatted

        _raw_expected_value_one_time = d.pop("expected_value_one_time", UNSET)
        expected_value_one_time: float | Unset
        if isinstance(_raw_expected_value_one_time, int | float) and not isinstance(
            _raw_expected_value_one_time, bool
        ):
            expected_value_one_time = _raw_expected_value_one_time
        else:
            expected_value_one_time = UNSET
            if _raw_expected_value_one_time is not UNSET:
                d["expected_value_one_time"] = _raw_expected_value_one_time

        _raw_expected_value_one_time_formatted = d.pop("expected_value_one_time_formatted", UNSET)
        expected_value_one_time_formatted: str | Unset
        if isinstance(_raw_expected_value_one_time_formatted, str):
            expected_value_one_time_formatted = _raw_expected_value_one_time_formatted
        else:
            expected_value_one_time_formatted = UNSET
            if _raw_expected_value_one_time_formatted is not UNSET:
                d["expected_value_one_time_formatted"] = _raw_expected_value_one_time_formatted

        _raw_expected_value_monthly = d.pop("expected_value_monthly", UNSET)
        expected_value_monthly: float | Unset
        if isinstance(_raw_expected_value_monthly, int | float) and not isinstance(
            _raw_expected_value_monthly, bool
        ):
            expected_value_monthly = _raw_expected_value_monthly
        else:
            expected_value_monthly = UNSET
            if _raw_expected_value_monthly is not UNSET:
                d["expected_value_monthly"] = _raw_expected_value_monthly

        _raw_expected_value_monthly_formatted = d.pop("expected_value_monthly_formatted", UNSET)
        expected_value_monthly_formatted: str | Unset
        if isinstance(_raw_expected_value_monthly_formatted, str):
            expected_value_monthly_formatted = _raw_expected_value_monthly_formatted
        else:
            expected_value_monthly_formatted = UNSET
            if _raw_expected_value_monthly_formatted is not UNSET:
                d["expected_value_monthly_formatted"] = _raw_expected_value_monthly_formatted

        _raw_expected_value_annual = d.pop("expected_value_annual", UNSET)
        expected_value_annual: float | Unset
        if isinstance(_raw_expected_value_annual, int | float) and not isinstance(
            _raw_expected_value_annual, bool
        ):
            expected_value_annual = _raw_expected_value_annual
        else:
            expected_value_annual = UNSET
            if _raw_expected_value_annual is not UNSET:
                d["expected_value_annual"] = _raw_expected_value_annual

        _raw_expected_value_annual_formatted = d.pop("expected_value_annual_formatted", UNSET)
        expected_value_annual_formatted: str | Unset
        if isinstance(_raw_expected_value_annual_formatted, str):
            expected_value_annual_formatted = _raw_expected_value_annual_formatted
        else:
            expected_value_annual_formatted = UNSET
            if _raw_expected_value_annual_formatted is not UNSET:
                d["expected_value_annual_formatted"] = _raw_expected_value_annual_formatted

        _raw_expected_value_annualized = d.pop("expected_value_annualized", UNSET)
        expected_value_annualized: float | Unset
        if isinstance(_raw_expected_value_annualized, int | float) and not isinstance(
            _raw_expected_value_annualized, bool
        ):
            expected_value_annualized = _raw_expected_value_annualized
        else:
            expected_value_annualized = UNSET
            if _raw_expected_value_annualized is not UNSET:
                d["expected_value_annualized"] = _raw_expected_value_annualized

        _raw_expected_value_annualized_formatted = d.pop(
            "expected_value_annualized_formatted", UNSET
        )
        expected_value_annualized_formatted: str | Unset
        if isinstance(_raw_expected_value_annualized_formatted, str):
            expected_value_annualized_formatted = _raw_expected_value_annualized_formatted
        else:
            expected_value_annualized_formatted = UNSET
            if _raw_expected_value_annualized_formatted is not UNSET:
                d["expected_value_annualized_formatted"] = _raw_expected_value_annualized_formatted

        parsed_obj = cls(
            key=key,
            objects=objects,
            total_results=total_results,
            year=year,
            quarter=quarter,
            month=month,
            weekyear=weekyear,
            week=week,
            user_id=user_id,
            user_name=user_name,
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
