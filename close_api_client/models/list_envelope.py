from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListEnvelope")


@_attrs_define
class ListEnvelope:
    """The shape of every offset-paginated list: `data` holds the page, `has_more` says
    whether another page follows; some resources add `total_results`.

        Attributes:
            data (list[Any]):
            has_more (bool):
            total_results (int | Unset):
    """

    data: list[Any]
    has_more: bool
    total_results: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        has_more = self.has_more

        total_results = self.total_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
            }
        )
        if total_results is not UNSET:
            field_dict["total_results"] = total_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = cast(list[Any], d.pop("data"))

        has_more = d.pop("has_more")

        total_results = d.pop("total_results", UNSET)

        list_envelope = cls(
            data=data,
            has_more=has_more,
            total_results=total_results,
        )

        list_envelope.additional_properties = d
        return list_envelope

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
