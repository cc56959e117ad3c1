from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stalled_opportunity_communication_issue import StalledOpportunityCommunicationIssue
from ..types import MISSING, UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.communication_issue, Unset):  # absent only if trimmed by _fields
            communication_issue = self.communication_issue.value
            field_dict["communication_issue"] = communication_issue

        if not isinstance(self.next_action, Unset):  # absent only if trimmed by _fields
            next_action = self.next_action.to_dict()
            field_dict["next_action"] = next_action

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
            raise not_an_object("OpportunityStallStatus", src_dict)
        from ..models.action_item import ActionItem  # noqa: PLC0415

        d = dict(src_dict)
        _raw_communication_issue = d.pop("communication_issue", UNSET)
        try:
            _fits = _raw_communication_issue is not UNSET
            if not _fits:
                raise TypeError()
            communication_issue = StalledOpportunityCommunicationIssue(_raw_communication_issue)

        except (TypeError, ValueError, AttributeError, KeyError):
            communication_issue = MISSING
            if _raw_communication_issue is not UNSET:
                d["communication_issue"] = _raw_communication_issue

        _raw_next_action = d.pop("next_action", UNSET)
        try:
            _fits = _raw_next_action is not UNSET and isinstance(_raw_next_action, dict)
            if not _fits:
                raise TypeError()
            next_action = ActionItem.from_dict(_raw_next_action)

        except (TypeError, ValueError, AttributeError, KeyError):
            next_action = MISSING
            if _raw_next_action is not UNSET:
                d["next_action"] = _raw_next_action

        parsed_obj = cls(
            communication_issue=communication_issue,
            next_action=next_action,
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
