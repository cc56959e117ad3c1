from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.status, Unset):  # absent only if trimmed by _fields
            status = self.status.to_dict()
            field_dict["status"] = status

        if not isinstance(self.count, Unset):  # absent only if trimmed by _fields
            count = self.count
            field_dict["count"] = count

        if not isinstance(self.count_conversion_rate, Unset):  # absent only if trimmed by _fields
            count_conversion_rate: float | None
            count_conversion_rate = self.count_conversion_rate
            field_dict["count_conversion_rate"] = count_conversion_rate

        if not isinstance(self.count_lost, Unset):  # absent only if trimmed by _fields
            count_lost = self.count_lost
            field_dict["count_lost"] = count_lost

        if not isinstance(self.count_lost_ratio, Unset):  # absent only if trimmed by _fields
            count_lost_ratio: float | None
            count_lost_ratio = self.count_lost_ratio
            field_dict["count_lost_ratio"] = count_lost_ratio

        if not isinstance(self.value, Unset):  # absent only if trimmed by _fields
            value = self.value
            field_dict["value"] = value

        if not isinstance(self.value_conversion_rate, Unset):  # absent only if trimmed by _fields
            value_conversion_rate: float | None
            value_conversion_rate = self.value_conversion_rate
            field_dict["value_conversion_rate"] = value_conversion_rate

        if not isinstance(self.value_lost, Unset):  # absent only if trimmed by _fields
            value_lost = self.value_lost
            field_dict["value_lost"] = value_lost

        if not isinstance(self.value_lost_ratio, Unset):  # absent only if trimmed by _fields
            value_lost_ratio: float | None
            value_lost_ratio = self.value_lost_ratio
            field_dict["value_lost_ratio"] = value_lost_ratio

        if not isinstance(self.weighted_value, Unset):  # absent only if trimmed by _fields
            weighted_value = self.weighted_value
            field_dict["weighted_value"] = weighted_value

        if not isinstance(
            self.weighted_value_conversion_rate, Unset
        ):  # absent only if trimmed by _fields
            weighted_value_conversion_rate: float | None
            weighted_value_conversion_rate = self.weighted_value_conversion_rate
            field_dict["weighted_value_conversion_rate"] = weighted_value_conversion_rate

        if not isinstance(self.average_time_to_advance, Unset):  # absent only if trimmed by _fields
            average_time_to_advance: float | None
            average_time_to_advance = self.average_time_to_advance
            field_dict["average_time_to_advance"] = average_time_to_advance

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
            raise not_an_object("FunnelStage", src_dict)
        from ..models.opportunity_status import OpportunityStatus  # noqa: PLC0415

        d = dict(src_dict)
        _raw_status = d.pop("status", UNSET)
        try:
            _fits = _raw_status is not UNSET and isinstance(_raw_status, dict)
            if not _fits:
                raise TypeError()
            status = OpportunityStatus.from_dict(_raw_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = MISSING
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_count = d.pop("count", UNSET)
        count: int
        if isinstance(_raw_count, int) and not isinstance(_raw_count, bool):
            count = _raw_count
        else:
            count = MISSING
            if _raw_count is not UNSET:
                d["count"] = _raw_count

        _raw_count_conversion_rate = d.pop("count_conversion_rate", UNSET)
        count_conversion_rate: float | None
        if (
            isinstance(_raw_count_conversion_rate, int | float)
            and not isinstance(_raw_count_conversion_rate, bool)
        ) or _raw_count_conversion_rate is None:
            count_conversion_rate = _raw_count_conversion_rate
        else:
            count_conversion_rate = MISSING
            if _raw_count_conversion_rate is not UNSET:
                d["count_conversion_rate"] = _raw_count_conversion_rate

        _raw_count_lost = d.pop("count_lost", UNSET)
        count_lost: int
        if isinstance(_raw_count_lost, int) and not isinstance(_raw_count_lost, bool):
            count_lost = _raw_count_lost
        else:
            count_lost = MISSING
            if _raw_count_lost is not UNSET:
                d["count_lost"] = _raw_count_lost

        _raw_count_lost_ratio = d.pop("count_lost_ratio", UNSET)
        count_lost_ratio: float | None
        if (
            isinstance(_raw_count_lost_ratio, int | float)
            and not isinstance(_raw_count_lost_ratio, bool)
        ) or _raw_count_lost_ratio is None:
            count_lost_ratio = _raw_count_lost_ratio
        else:
            count_lost_ratio = MISSING
            if _raw_count_lost_ratio is not UNSET:
                d["count_lost_ratio"] = _raw_count_lost_ratio

        _raw_value = d.pop("value", UNSET)
        value: int
        if isinstance(_raw_value, int) and not isinstance(_raw_value, bool):
            value = _raw_value
        else:
            value = MISSING
            if _raw_value is not UNSET:
                d["value"] = _raw_value

        _raw_value_conversion_rate = d.pop("value_conversion_rate", UNSET)
        value_conversion_rate: float | None
        if (
            isinstance(_raw_value_conversion_rate, int | float)
            and not isinstance(_raw_value_conversion_rate, bool)
        ) or _raw_value_conversion_rate is None:
            value_conversion_rate = _raw_value_conversion_rate
        else:
            value_conversion_rate = MISSING
            if _raw_value_conversion_rate is not UNSET:
                d["value_conversion_rate"] = _raw_value_conversion_rate

        _raw_value_lost = d.pop("value_lost", UNSET)
        value_lost: int
        if isinstance(_raw_value_lost, int) and not isinstance(_raw_value_lost, bool):
            value_lost = _raw_value_lost
        else:
            value_lost = MISSING
            if _raw_value_lost is not UNSET:
                d["value_lost"] = _raw_value_lost

        _raw_value_lost_ratio = d.pop("value_lost_ratio", UNSET)
        value_lost_ratio: float | None
        if (
            isinstance(_raw_value_lost_ratio, int | float)
            and not isinstance(_raw_value_lost_ratio, bool)
        ) or _raw_value_lost_ratio is None:
            value_lost_ratio = _raw_value_lost_ratio
        else:
            value_lost_ratio = MISSING
            if _raw_value_lost_ratio is not UNSET:
                d["value_lost_ratio"] = _raw_value_lost_ratio

        _raw_weighted_value = d.pop("weighted_value", UNSET)
        weighted_value: float
        if isinstance(_raw_weighted_value, int | float) and not isinstance(
            _raw_weighted_value, bool
        ):
            weighted_value = _raw_weighted_value
        else:
            weighted_value = MISSING
            if _raw_weighted_value is not UNSET:
                d["weighted_value"] = _raw_weighted_value

        _raw_weighted_value_conversion_rate = d.pop("weighted_value_conversion_rate", UNSET)
        weighted_value_conversion_rate: float | None
        if (
            isinstance(_raw_weighted_value_conversion_rate, int | float)
            and not isinstance(_raw_weighted_value_conversion_rate, bool)
        ) or _raw_weighted_value_conversion_rate is None:
            weighted_value_conversion_rate = _raw_weighted_value_conversion_rate
        else:
            weighted_value_conversion_rate = MISSING
            if _raw_weighted_value_conversion_rate is not UNSET:
                d["weighted_value_conversion_rate"] = _raw_weighted_value_conversion_rate

        _raw_average_time_to_advance = d.pop("average_time_to_advance", UNSET)
        average_time_to_advance: float | None
        if (
            isinstance(_raw_average_time_to_advance, int | float)
            and not isinstance(_raw_average_time_to_advance, bool)
        ) or _raw_average_time_to_advance is None:
            average_time_to_advance = _raw_average_time_to_advance
        else:
            average_time_to_advance = MISSING
            if _raw_average_time_to_advance is not UNSET:
                d["average_time_to_advance"] = _raw_average_time_to_advance

        parsed_obj = cls(
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
