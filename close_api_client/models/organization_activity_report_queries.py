from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationActivityReportQueries")


@_attrs_define
class OrganizationActivityReportQueries:
    """For each count, the lead search query that lists the counted objects.

    Attributes:
        calls (str | Unset):
        emails_received (str | Unset):
        emails_sent (str | Unset):
        leads_contacted (str | Unset):
        leads_created (str | Unset):
        opportunities_created (str | Unset):
        opportunities_lost (str | Unset):
        opportunities_won (str | Unset):
    """

    calls: str | Unset = UNSET
    emails_received: str | Unset = UNSET
    emails_sent: str | Unset = UNSET
    leads_contacted: str | Unset = UNSET
    leads_created: str | Unset = UNSET
    opportunities_created: str | Unset = UNSET
    opportunities_lost: str | Unset = UNSET
    opportunities_won: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calls = self.calls

        emails_received = self.emails_received

        emails_sent = self.emails_sent

        leads_contacted = self.leads_contacted

        leads_created = self.leads_created

        opportunities_created = self.opportunities_created

        opportunities_lost = self.opportunities_lost

        opportunities_won = self.opportunities_won

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if calls is not UNSET:
            field_dict["calls"] = calls
        if emails_received is not UNSET:
            field_dict["emails_received"] = emails_received
        if emails_sent is not UNSET:
            field_dict["emails_sent"] = emails_sent
        if leads_contacted is not UNSET:
            field_dict["leads_contacted"] = leads_contacted
        if leads_created is not UNSET:
            field_dict["leads_created"] = leads_created
        if opportunities_created is not UNSET:
            field_dict["opportunities_created"] = opportunities_created
        if opportunities_lost is not UNSET:
            field_dict["opportunities_lost"] = opportunities_lost
        if opportunities_won is not UNSET:
            field_dict["opportunities_won"] = opportunities_won

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        calls = d.pop("calls", UNSET)

        emails_received = d.pop("emails_received", UNSET)

        emails_sent = d.pop("emails_sent", UNSET)

        leads_contacted = d.pop("leads_contacted", UNSET)

        leads_created = d.pop("leads_created", UNSET)

        opportunities_created = d.pop("opportunities_created", UNSET)

        opportunities_lost = d.pop("opportunities_lost", UNSET)

        opportunities_won = d.pop("opportunities_won", UNSET)

        organization_activity_report_queries = cls(
            calls=calls,
            emails_received=emails_received,
            emails_sent=emails_sent,
            leads_contacted=leads_contacted,
            leads_created=leads_created,
            opportunities_created=opportunities_created,
            opportunities_lost=opportunities_lost,
            opportunities_won=opportunities_won,
        )

        organization_activity_report_queries.additional_properties = d
        return organization_activity_report_queries

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
