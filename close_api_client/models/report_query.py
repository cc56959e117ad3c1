from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_query_type import ReportQueryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportQuery")


@_attrs_define
class ReportQuery:
    """A filter for a report; for `type` `saved_search`, the leads of the Smart View `saved_search_id`.

    Attributes:
        type_ (ReportQueryType): The kind of report filter; only `saved_search` is documented.
        saved_search_id (str | Unset):
    """

    type_: ReportQueryType
    saved_search_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        saved_search_id = self.saved_search_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if saved_search_id is not UNSET:
            field_dict["saved_search_id"] = saved_search_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ReportQueryType(d.pop("type"))

        saved_search_id = d.pop("saved_search_id", UNSET)

        report_query = cls(
            type_=type_,
            saved_search_id=saved_search_id,
        )

        report_query.additional_properties = d
        return report_query

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
