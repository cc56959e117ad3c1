from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_active_call_lead import UserActiveCallLead


T = TypeVar("T", bound="UserActiveCall")


@_attrs_define
class UserActiveCall:
    """A call the user is currently on.

    Attributes:
        id (str): The call activity id (`acti_...`).
        lead (UserActiveCallLead | Unset): The lead of an active call.
        method (str | Unset): How the call was placed, e.g. `regular`.
    """

    id: str
    lead: UserActiveCallLead | Unset = UNSET
    method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        lead: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lead, Unset):
            lead = self.lead.to_dict()

        method = self.method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if lead is not UNSET:
            field_dict["lead"] = lead
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_active_call_lead import UserActiveCallLead  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _lead = d.pop("lead", UNSET)
        lead: UserActiveCallLead | Unset
        if isinstance(_lead, Unset):
            lead = UNSET
        else:
            lead = UserActiveCallLead.from_dict(_lead)

        method = d.pop("method", UNSET)

        user_active_call = cls(
            id=id,
            lead=lead,
            method=method,
        )

        user_active_call.additional_properties = d
        return user_active_call

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
