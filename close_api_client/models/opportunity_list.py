from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_a_page, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.data, Unset):  # absent only if trimmed by _fields
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

            field_dict["data"] = data

        if not isinstance(self.has_more, Unset):  # absent only if trimmed by _fields
            has_more = self.has_more
            field_dict["has_more"] = has_more

        total_results = self.total_results
        if total_results is not UNSET:
            field_dict["total_results"] = total_results

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

        This model is a list envelope, so its required fields are strict too: a body whose
        ``data`` is absent or not a list of objects is not a page, and raises ``TypeError``
        (``ResponseParseError`` from the endpoint function) instead of leaving ``data`` UNSET.
        """
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict: fast
            raise not_an_object("OpportunityList", src_dict)
        from ..models.opportunity import Opportunity  # noqa: PLC0415
        from ..models.opportunity_count_by_value_period import OpportunityCountByValuePeriod  # noqa: PLC0415

        d = dict(src_dict)
        _raw_data = d.pop("data", UNSET)
        if _raw_data is UNSET or not isinstance(_raw_data, list):
            raise not_a_page("OpportunityList", "data", _raw_data)
        data = []
        _data = _raw_data
        for data_item_data in _data:
            data_item = Opportunity.from_dict(data_item_data)

            data.append(data_item)

        _raw_has_more = d.pop("has_more", UNSET)
        has_more: bool
        if isinstance(_raw_has_more, bool):
            has_more = _raw_has_more
        else:
            raise not_a_page("OpportunityList", "has_more", _raw_has_more)

        _raw_total_results = d.pop("total_results", UNSET)
        total_results: int | Unset
        if isinstance(_raw_total_results, int) and not isinstance(_raw_total_results, bool):
            total_results = _raw_total_results
        else:
            total_results = UNSET
            if _raw_total_results is not UNSET:
                d["total_results"] = _raw_total_results

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
