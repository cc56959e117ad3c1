from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SentEmailStatsQueries")


@_attrs_define
class SentEmailStatsQueries:
    """Lead search queries listing the counted emails.

    Attributes:
        total (str | Unset):
        opened (str | Unset):
        responded (str | Unset):
    """

    total: str | Unset = UNSET
    opened: str | Unset = UNSET
    responded: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        opened = self.opened

        responded = self.responded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if opened is not UNSET:
            field_dict["opened"] = opened
        if responded is not UNSET:
            field_dict["responded"] = responded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        opened = d.pop("opened", UNSET)

        responded = d.pop("responded", UNSET)

        sent_email_stats_queries = cls(
            total=total,
            opened=opened,
            responded=responded,
        )

        sent_email_stats_queries.additional_properties = d
        return sent_email_stats_queries

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
