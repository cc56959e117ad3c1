from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stalled_opportunity_action_type_v2 import StalledOpportunityActionTypeV2
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.opportunity_suggested_action_details import OpportunitySuggestedActionDetails


T = TypeVar("T", bound="OpportunitySuggestedAction")


@_attrs_define
class OpportunitySuggestedAction:
    """A next step Close suggests for the opportunity (fields from Close's published OpenAPI document).

    Attributes:
        action (StalledOpportunityActionTypeV2 | Unset):
        details (None | OpportunitySuggestedActionDetails | Unset):
        justification (str | Unset):
    """

    action: StalledOpportunityActionTypeV2 | Unset = UNSET
    details: None | OpportunitySuggestedActionDetails | Unset = UNSET
    justification: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.opportunity_suggested_action_details import OpportunitySuggestedActionDetails  # noqa: PLC0415

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, OpportunitySuggestedActionDetails):
            details = self.details.to_dict()
        else:
            details = self.details

        justification = self.justification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if details is not UNSET:
            field_dict["details"] = details
        if justification is not UNSET:
            field_dict["justification"] = justification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.opportunity_suggested_action_details import OpportunitySuggestedActionDetails  # noqa: PLC0415

        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: StalledOpportunityActionTypeV2 | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = StalledOpportunityActionTypeV2(_action)

        def _parse_details(data: object) -> None | OpportunitySuggestedActionDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = OpportunitySuggestedActionDetails.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpportunitySuggestedActionDetails | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        justification = d.pop("justification", UNSET)

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
