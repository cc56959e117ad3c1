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
            from_status_id (None | str | Unset):
            from_status_label (None | str | Unset):
            from_status_is_deleted (bool | None | Unset):
            to_status_id (str | Unset):
            to_status_label (str | Unset):
            to_status_is_deleted (bool | Unset):
            count (int | Unset):
            query (str | Unset):
            leads_page_url (str | Unset):
            opportunities_page_url (str | Unset): Opportunity status report only.
    """

    from_status_id: None | str | Unset = UNSET
    from_status_label: None | str | Unset = UNSET
    from_status_is_deleted: bool | None | Unset = UNSET
    to_status_id: str | Unset = UNSET
    to_status_label: str | Unset = UNSET
    to_status_is_deleted: bool | Unset = UNSET
    count: int | Unset = UNSET
    query: str | Unset = UNSET
    leads_page_url: str | Unset = UNSET
    opportunities_page_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_status_id: None | str | Unset
        if isinstance(self.from_status_id, Unset):
            from_status_id = UNSET
        else:
            from_status_id = self.from_status_id

        from_status_label: None | str | Unset
        if isinstance(self.from_status_label, Unset):
            from_status_label = UNSET
        else:
            from_status_label = self.from_status_label

        from_status_is_deleted: bool | None | Unset
        if isinstance(self.from_status_is_deleted, Unset):
            from_status_is_deleted = UNSET
        else:
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
        field_dict.update({})
        if from_status_id is not UNSET:
            field_dict["from_status_id"] = from_status_id
        if from_status_label is not UNSET:
            field_dict["from_status_label"] = from_status_label
        if from_status_is_deleted is not UNSET:
            field_dict["from_status_is_deleted"] = from_status_is_deleted
        if to_status_id is not UNSET:
            field_dict["to_status_id"] = to_status_id
        if to_status_label is not UNSET:
            field_dict["to_status_label"] = to_status_label
        if to_status_is_deleted is not UNSET:
            field_dict["to_status_is_deleted"] = to_status_is_deleted
        if count is not UNSET:
            field_dict["count"] = count
        if query is not UNSET:
            field_dict["_query"] = query
        if leads_page_url is not UNSET:
            field_dict["_leads_page_url"] = leads_page_url
        if opportunities_page_url is not UNSET:
            field_dict["_opportunities_page_url"] = opportunities_page_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_from_status_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_status_id = _parse_from_status_id(d.pop("from_status_id", UNSET))

        def _parse_from_status_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_status_label = _parse_from_status_label(d.pop("from_status_label", UNSET))

        def _parse_from_status_is_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        from_status_is_deleted = _parse_from_status_is_deleted(
            d.pop("from_status_is_deleted", UNSET)
        )

        to_status_id = d.pop("to_status_id", UNSET)

        to_status_label = d.pop("to_status_label", UNSET)

        to_status_is_deleted = d.pop("to_status_is_deleted", UNSET)

        count = d.pop("count", UNSET)

        query = d.pop("_query", UNSET)

        leads_page_url = d.pop("_leads_page_url", UNSET)

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
