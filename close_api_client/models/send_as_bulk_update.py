from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendAsBulkUpdate")


@_attrs_define
class SendAsBulkUpdate:
    """Users to allow and to disallow sending as you.

    Attributes:
        allowed_user_ids (list[str] | Unset):
        disallowed_user_ids (list[str] | Unset):
    """

    allowed_user_ids: list[str] | Unset = UNSET
    disallowed_user_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.allowed_user_ids, Unset):
            allowed_user_ids = self.allowed_user_ids

        disallowed_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.disallowed_user_ids, Unset):
            disallowed_user_ids = self.disallowed_user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_user_ids is not UNSET:
            field_dict["allowed_user_ids"] = allowed_user_ids
        if disallowed_user_ids is not UNSET:
            field_dict["disallowed_user_ids"] = disallowed_user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_user_ids = cast(list[str], d.pop("allowed_user_ids", UNSET))

        disallowed_user_ids = cast(list[str], d.pop("disallowed_user_ids", UNSET))

        send_as_bulk_update = cls(
            allowed_user_ids=allowed_user_ids,
            disallowed_user_ids=disallowed_user_ids,
        )

        send_as_bulk_update.additional_properties = d
        return send_as_bulk_update

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
