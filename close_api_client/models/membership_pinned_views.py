from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MembershipPinnedViews")


@_attrs_define
class MembershipPinnedViews:
    """A member's pinned Smart Views, in display order.

    Attributes:
        saved_view_ids (list[str] | Unset):
    """

    saved_view_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        saved_view_ids: list[str] | Unset = UNSET
        if not isinstance(self.saved_view_ids, Unset):
            saved_view_ids = self.saved_view_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if saved_view_ids is not UNSET:
            field_dict["saved_view_ids"] = saved_view_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        saved_view_ids = cast(list[str], d.pop("saved_view_ids", UNSET))

        membership_pinned_views = cls(
            saved_view_ids=saved_view_ids,
        )

        membership_pinned_views.additional_properties = d
        return membership_pinned_views

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
