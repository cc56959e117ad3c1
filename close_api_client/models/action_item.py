from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stalled_opportunity_action_type_v1 import StalledOpportunityActionTypeV1
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionItem")


@_attrs_define
class ActionItem:
    """
    Attributes:
        action (StalledOpportunityActionTypeV1 | Unset):
        justification (str | Unset): A short justification for the recommended action in the sales pipeline. Maximum 2
            sentences.
    """

    action: StalledOpportunityActionTypeV1 | Unset = UNSET
    justification: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        if action is not UNSET:
            field_dict["action"] = action

        justification = self.justification
        if justification is not UNSET:
            field_dict["justification"] = justification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart.
        """
        d = dict(src_dict)
        _raw_action = d.pop("action", UNSET)
        try:
            _action = _raw_action
            action: StalledOpportunityActionTypeV1 | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = StalledOpportunityActionTypeV1(_action)

        except (TypeError, ValueError, AttributeError, KeyError):
            action = UNSET
            if _raw_action is not UNSET:
                d["action"] = _raw_action

        _raw_justification = d.pop("justification", UNSET)
        justification: str | Unset
        if isinstance(_raw_justification, str):
            justification = _raw_justification
        else:
            justification = UNSET
            if _raw_justification is not UNSET:
                d["justification"] = _raw_justification

        parsed_obj = cls(
            action=action,
            justification=justification,
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
