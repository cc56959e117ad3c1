from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusReportTransition")


@_attrs_define
class StatusReportTransition:
    """Objects that moved from one status to another in the period; the `from_` fields are null for objects created in the
    period.

        Attributes:
            from_status_id (None | str):
            from_status_label (None | str):
            from_status_is_deleted (bool | None):
            to_status_id (str):
            to_status_label (str):
            to_status_is_deleted (bool):
            count (int):
            query (str):
            leads_page_url (str):
            opportunities_page_url (str | Unset): Opportunity status report only.
    """

    from_status_id: None | str
    from_status_label: None | str
    from_status_is_deleted: bool | None
    to_status_id: str
    to_status_label: str
    to_status_is_deleted: bool
    count: int
    query: str
    leads_page_url: str
    opportunities_page_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_status_id: None | str
        from_status_id = self.from_status_id

        from_status_label: None | str
        from_status_label = self.from_status_label

        from_status_is_deleted: bool | None
        from_status_is_deleted = self.from_status_is_deleted

        to_status_id = self.to_status_id

        to_status_label = self.to_status_label

        to_status_is_deleted = self.to_status_is_deleted

        count = self.count

        query = self.query

        leads_page_url = self.leads_page_url

        opportunities_page_url = self.opportunities_page_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_status_id": from_status_id,
                "from_status_label": from_status_label,
                "from_status_is_deleted": from_status_is_deleted,
                "to_status_id": to_status_id,
                "to_status_label": to_status_label,
                "to_status_is_deleted": to_status_is_deleted,
                "count": count,
                "_query": query,
                "_leads_page_url": leads_page_url,
            }
        )
        if opportunities_page_url is not UNSET:
            field_dict["_opportunities_page_url"] = opportunities_page_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_from_status_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_status_id = _parse_from_status_id(d.pop("from_status_id"))

        def _parse_from_status_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_status_label = _parse_from_status_label(d.pop("from_status_label"))

        def _parse_from_status_is_deleted(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        from_status_is_deleted = _parse_from_status_is_deleted(d.pop("from_status_is_deleted"))

        to_status_id = d.pop("to_status_id")

        to_status_label = d.pop("to_status_label")

        to_status_is_deleted = d.pop("to_status_is_deleted")

        count = d.pop("count")

        query = d.pop("_query")

        leads_page_url = d.pop("_leads_page_url")

        opportunities_page_url = d.pop("_opportunities_page_url", UNSET)

        status_report_transition = cls(
            from_status_id=from_status_id,
            from_status_label=from_status_label,
            from_status_is_deleted=from_status_is_deleted,
            to_status_id=to_status_id,
            to_status_label=to_status_label,
            to_status_is_deleted=to_status_is_deleted,
            count=count,
            query=query,
            leads_page_url=leads_page_url,
            opportunities_page_url=opportunities_page_url,
        )

        status_report_transition.additional_properties = d
        return status_report_transition

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
