from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_update_params import MembershipUpdateParams


T = TypeVar("T", bound="MembershipUpdate")


@_attrs_define
class MembershipUpdate:
    """
    Attributes:
        params (MembershipUpdateParams | Unset):
        role_id (str | Unset):
    """

    params: MembershipUpdateParams | Unset = UNSET
    role_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        role_id = self.role_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if params is not UNSET:
            field_dict["_params"] = params
        if role_id is not UNSET:
            field_dict["role_id"] = role_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_update_params import MembershipUpdateParams  # noqa: PLC0415

        d = dict(src_dict)
        _params = d.pop("_params", UNSET)
        params: MembershipUpdateParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = MembershipUpdateParams.from_dict(_params)

        role_id = d.pop("role_id", UNSET)

        membership_update = cls(
            params=params,
            role_id=role_id,
        )

        membership_update.additional_properties = d
        return membership_update

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
