from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stalled_opportunity_action_type_v2 import StalledOpportunityActionTypeV2

if TYPE_CHECKING:
    from ..models.opportunity_suggested_action_details import OpportunitySuggestedActionDetails


T = TypeVar("T", bound="OpportunitySuggestedAction")


@_attrs_define
class OpportunitySuggestedAction:
    """A next step Close suggests for the opportunity (fields from Close's published OpenAPI document).

    Attributes:
        action (StalledOpportunityActionTypeV2):
        details (None | OpportunitySuggestedActionDetails):
        justification (str):
    """

    action: StalledOpportunityActionTypeV2
    details: None | OpportunitySuggestedActionDetails
    justification: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.opportunity_suggested_action_details import OpportunitySuggestedActionDetails  # noqa: PLC0415

        action = self.action.value

        details: dict[str, Any] | None
        if isinstance(self.details, OpportunitySuggestedActionDetails):
            details = self.details.to_dict()
        else:
            details = self.details

        justification = self.justification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "details": details,
                "justification": justification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.opportunity_suggested_action_details import OpportunitySuggestedActionDetails  # noqa: PLC0415

        d = dict(src_dict)
        action = StalledOpportunityActionTypeV2(d.pop("action"))

        def _parse_details(data: object) -> None | OpportunitySuggestedActionDetails:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = OpportunitySuggestedActionDetails.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpportunitySuggestedActionDetails, data)

        details = _parse_details(d.pop("details"))

        justification = d.pop("justification")

        opportunity_suggested_action = cls(
            action=action,
            details=details,
            justification=justification,
        )

        opportunity_suggested_action.additional_properties = d
        return opportunity_suggested_action

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
