from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.opportunity_status import OpportunityStatus


T = TypeVar("T", bound="FunnelStage")


@_attrs_define
class FunnelStage:
    """Funnel metrics of one opportunity status. Values in cents, times in seconds; ratios are null when undefined.

    Attributes:
        status (OpportunityStatus): A stage an opportunity can be in, of type active, won or lost, within a pipeline.
        count (int):
        count_conversion_rate (float | None):
        count_lost (int):
        count_lost_ratio (float | None):
        value (int):
        value_conversion_rate (float | None):
        value_lost (int):
        value_lost_ratio (float | None):
        weighted_value (float):
        weighted_value_conversion_rate (float | None):
        average_time_to_advance (float | None):
    """

    status: OpportunityStatus
    count: int
    count_conversion_rate: float | None
    count_lost: int
    count_lost_ratio: float | None
    value: int
    value_conversion_rate: float | None
    value_lost: int
    value_lost_ratio: float | None
    weighted_value: float
    weighted_value_conversion_rate: float | None
    average_time_to_advance: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        count = self.count

        count_conversion_rate: float | None
        count_conversion_rate = self.count_conversion_rate

        count_lost = self.count_lost

        count_lost_ratio: float | None
        count_lost_ratio = self.count_lost_ratio

        value = self.value

        value_conversion_rate: float | None
        value_conversion_rate = self.value_conversion_rate

        value_lost = self.value_lost

        value_lost_ratio: float | None
        value_lost_ratio = self.value_lost_ratio

        weighted_value = self.weighted_value

        weighted_value_conversion_rate: float | None
        weighted_value_conversion_rate = self.weighted_value_conversion_rate

        average_time_to_advance: float | None
        average_time_to_advance = self.average_time_to_advance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "count": count,
                "count_conversion_rate": count_conversion_rate,
                "count_lost": count_lost,
                "count_lost_ratio": count_lost_ratio,
                "value": value,
                "value_conversion_rate": value_conversion_rate,
                "value_lost": value_lost,
                "value_lost_ratio": value_lost_ratio,
                "weighted_value": weighted_value,
                "weighted_value_conversion_rate": weighted_value_conversion_rate,
                "average_time_to_advance": average_time_to_advance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.opportunity_status import OpportunityStatus  # noqa: PLC0415

        d = dict(src_dict)
        status = OpportunityStatus.from_dict(d.pop("status"))

        count = d.pop("count")

        def _parse_count_conversion_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        count_conversion_rate = _parse_count_conversion_rate(d.pop("count_conversion_rate"))

        count_lost = d.pop("count_lost")

        def _parse_count_lost_ratio(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        count_lost_ratio = _parse_count_lost_ratio(d.pop("count_lost_ratio"))

        value = d.pop("value")

        def _parse_value_conversion_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value_conversion_rate = _parse_value_conversion_rate(d.pop("value_conversion_rate"))

        value_lost = d.pop("value_lost")

        def _parse_value_lost_ratio(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value_lost_ratio = _parse_value_lost_ratio(d.pop("value_lost_ratio"))

        weighted_value = d.pop("weighted_value")

        def _parse_weighted_value_conversion_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        weighted_value_conversion_rate = _parse_weighted_value_conversion_rate(
            d.pop("weighted_value_conversion_rate")
        )

        def _parse_average_time_to_advance(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_time_to_advance = _parse_average_time_to_advance(d.pop("average_time_to_advance"))

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
