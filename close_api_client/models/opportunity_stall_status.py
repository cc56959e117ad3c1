from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stalled_opportunity_communication_issue import StalledOpportunityCommunicationIssue

if TYPE_CHECKING:
    from ..models.action_item import ActionItem


T = TypeVar("T", bound="OpportunityStallStatus")


@_attrs_define
class OpportunityStallStatus:
    """Whether and why the opportunity is considered stalled (fields from Close's published OpenAPI document).

    Attributes:
        communication_issue (StalledOpportunityCommunicationIssue):
        next_action (ActionItem):
    """

    communication_issue: StalledOpportunityCommunicationIssue
    next_action: ActionItem
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        communication_issue = self.communication_issue.value

        next_action = self.next_action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "communication_issue": communication_issue,
                "next_action": next_action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_item import ActionItem  # noqa: PLC0415

        d = dict(src_dict)
        communication_issue = StalledOpportunityCommunicationIssue(d.pop("communication_issue"))

        next_action = ActionItem.from_dict(d.pop("next_action"))

        opportunity_stall_status = cls(
            communication_issue=communication_issue,
            next_action=next_action,
        )

        opportunity_stall_status.additional_properties = d
        return opportunity_stall_status

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
