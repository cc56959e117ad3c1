from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stalled_opportunity_action_type_v1 import StalledOpportunityActionTypeV1

T = TypeVar("T", bound="ActionItem")


@_attrs_define
class ActionItem:
    """
    Attributes:
        action (StalledOpportunityActionTypeV1):
        justification (str): A short justification for the recommended action in the sales pipeline. Maximum 2
            sentences.
    """

    action: StalledOpportunityActionTypeV1
    justification: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        justification = self.justification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "justification": justification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = StalledOpportunityActionTypeV1(d.pop("action"))

        justification = d.pop("justification")

        action_item = cls(
            action=action,
            justification=justification,
        )

        action_item.additional_properties = d
        return action_item

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
