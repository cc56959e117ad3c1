from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.opportunity_status import OpportunityStatus


T = TypeVar("T", bound="FunnelStage")


@_attrs_define
class FunnelStage:
    """Funnel metrics of one opportunity status. Values in cents, times in seconds; ratios are null when undefined.

    Attributes:
        status (OpportunityStatus | Unset): A stage an opportunity can be in, of type active, won or lost, within a
            pipeline.
        count (int | Unset):
        count_conversion_rate (float | None | Unset):
        count_lost (int | Unset):
        count_lost_ratio (float | None | Unset):
        value (int | Unset):
        value_conversion_rate (float | None | Unset):
        value_lost (int | Unset):
        value_lost_ratio (float | None | Unset):
        weighted_value (float | Unset):
        weighted_value_conversion_rate (float | None | Unset):
        average_time_to_advance (float | None | Unset):
    """

    status: OpportunityStatus | Unset = UNSET
    count: int | Unset = UNSET
    count_conversion_rate: float | None | Unset = UNSET
    count_lost: int | Unset = UNSET
    count_lost_ratio: float | None | Unset = UNSET
    value: int | Unset = UNSET
    value_conversion_rate: float | None | Unset = UNSET
    value_lost: int | Unset = UNSET
    value_lost_ratio: float | None | Unset = UNSET
    weighted_value: float | Unset = UNSET
    weighted_value_conversion_rate: float | None | Unset = UNSET
    average_time_to_advance: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        count = self.count

        count_conversion_rate: float | None | Unset
        if isinstance(self.count_conversion_rate, Unset):
            count_conversion_rate = UNSET
        else:
            count_conversion_rate = self.count_conversion_rate

        count_lost = self.count_lost

        count_lost_ratio: float | None | Unset
        if isinstance(self.count_lost_ratio, Unset):
            count_lost_ratio = UNSET
        else:
            count_lost_ratio = self.count_lost_ratio

        value = self.value

        value_conversion_rate: float | None | Unset
        if isinstance(self.value_conversion_rate, Unset):
            value_conversion_rate = UNSET
        else:
            value_conversion_rate = self.value_conversion_rate

        value_lost = self.value_lost

        value_lost_ratio: float | None | Unset
        if isinstance(self.value_lost_ratio, Unset):
            value_lost_ratio = UNSET
        else:
            value_lost_ratio = self.value_lost_ratio

        weighted_value = self.weighted_value

        weighted_value_conversion_rate: float | None | Unset
        if isinstance(self.weighted_value_conversion_rate, Unset):
            weighted_value_conversion_rate = UNSET
        else:
            weighted_value_conversion_rate = self.weighted_value_conversion_rate

        average_time_to_advance: float | None | Unset
        if isinstance(self.average_time_to_advance, Unset):
            average_time_to_advance = UNSET
        else:
            average_time_to_advance = self.average_time_to_advance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if count is not UNSET:
            field_dict["count"] = count
        if count_conversion_rate is not UNSET:
            field_dict["count_conversion_rate"] = count_conversion_rate
        if count_lost is not UNSET:
            field_dict["count_lost"] = count_lost
        if count_lost_ratio is not UNSET:
            field_dict["count_lost_ratio"] = count_lost_ratio
        if value is not UNSET:
            field_dict["value"] = value
        if value_conversion_rate is not UNSET:
            field_dict["value_conversion_rate"] = value_conversion_rate
        if value_lost is not UNSET:
            field_dict["value_lost"] = value_lost
        if value_lost_ratio is not UNSET:
            field_dict["value_lost_ratio"] = value_lost_ratio
        if weighted_value is not UNSET:
            field_dict["weighted_value"] = weighted_value
        if weighted_value_conversion_rate is not UNSET:
            field_dict["weighted_value_conversion_rate"] = weighted_value_conversion_rate
        if average_time_to_advance is not UNSET:
            field_dict["average_time_to_advance"] = average_time_to_advance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.opportunity_status import OpportunityStatus  # noqa: PLC0415

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: OpportunityStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OpportunityStatus.from_dict(_status)

        count = d.pop("count", UNSET)

        def _parse_count_conversion_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        count_conversion_rate = _parse_count_conversion_rate(d.pop("count_conversion_rate", UNSET))

        count_lost = d.pop("count_lost", UNSET)

        def _parse_count_lost_ratio(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        count_lost_ratio = _parse_count_lost_ratio(d.pop("count_lost_ratio", UNSET))

        value = d.pop("value", UNSET)

        def _parse_value_conversion_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        value_conversion_rate = _parse_value_conversion_rate(d.pop("value_conversion_rate", UNSET))

        value_lost = d.pop("value_lost", UNSET)

        def _parse_value_lost_ratio(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        value_lost_ratio = _parse_value_lost_ratio(d.pop("value_lost_ratio", UNSET))

        weighted_value = d.pop("weighted_value", UNSET)

        def _parse_weighted_value_conversion_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weighted_value_conversion_rate = _parse_weighted_value_conversion_rate(
            d.pop("weighted_value_conversion_rate", UNSET)
        )

        def _parse_average_time_to_advance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_time_to_advance = _parse_average_time_to_advance(
            d.pop("average_time_to_advance", UNSET)
        )

        funnel_stage = cls(
            status=status,
            count=count,
            count_conversion_rate=count_conversion_rate,
            count_lost=count_lost,
            count_lost_ratio=count_lost_ratio,
            value=value,
            value_conversion_rate=value_conversion_rate,
            value_lost=value_lost,
            value_lost_ratio=value_lost_ratio,
            weighted_value=weighted_value,
            weighted_value_conversion_rate=weighted_value_conversion_rate,
            average_time_to_advance=average_time_to_advance,
        )

        funnel_stage.additional_properties = d
        return funnel_stage

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
