from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MembershipPinnedViewsUpdate")


@_attrs_define
class MembershipPinnedViewsUpdate:
    """The complete new ordered list of pinned Smart Views.

    Attributes:
        saved_view_ids (list[str]):
    """

    saved_view_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        saved_view_ids = self.saved_view_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "saved_view_ids": saved_view_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        saved_view_ids = cast(list[str], d.pop("saved_view_ids"))

        membership_pinned_views_update = cls(
            saved_view_ids=saved_view_ids,
        )

        membership_pinned_views_update.additional_properties = d
        return membership_pinned_views_update

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
