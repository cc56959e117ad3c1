from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_sort_direction import SearchSortDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_sort_field import SearchSortField


T = TypeVar("T", bound="SearchSort")


@_attrs_define
class SearchSort:
    """One sort key.

    Attributes:
        direction (SearchSortDirection | Unset): Sort direction.
        field (SearchSortField | Unset): The field to sort by, as in queries, e.g.
            `{"type": "regular_field", "object_type": "lead", "field_name": "date_created"}`.
    """

    direction: SearchSortDirection | Unset = UNSET
    field: SearchSortField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field, Unset):
            field = self.field.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direction is not UNSET:
            field_dict["direction"] = direction
        if field is not UNSET:
            field_dict["field"] = field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_sort_field import SearchSortField  # noqa: PLC0415

        d = dict(src_dict)
        _direction = d.pop("direction", UNSET)
        direction: SearchSortDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = SearchSortDirection(_direction)

        _field = d.pop("field", UNSET)
        field: SearchSortField | Unset
        if isinstance(_field, Unset):
            field = UNSET
        else:
            field = SearchSortField.from_dict(_field)

        search_sort = cls(
            direction=direction,
            field=field,
        )

        search_sort.additional_properties = d
        return search_sort

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
