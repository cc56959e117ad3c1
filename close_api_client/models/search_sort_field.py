from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchSortField")


@_attrs_define
class SearchSortField:
    """The field to sort by, as in queries, e.g.
    `{"type": "regular_field", "object_type": "lead", "field_name": "date_created"}`.

        Attributes:
            type_ (str | Unset):
            object_type (str | Unset):
            field_name (str | Unset):
    """

    type_: str | Unset = UNSET
    object_type: str | Unset = UNSET
    field_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        object_type = self.object_type

        field_name = self.field_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if field_name is not UNSET:
            field_dict["field_name"] = field_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        object_type = d.pop("object_type", UNSET)

        field_name = d.pop("field_name", UNSET)

        search_sort_field = cls(
            type_=type_,
            object_type=object_type,
            field_name=field_name,
        )

        search_sort_field.additional_properties = d
        return search_sort_field

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
