from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.status_report_state_links import StatusReportStateLinks


T = TypeVar("T", bound="StatusReportOverview")


@_attrs_define
class StatusReportOverview:
    """How the number of leads (or opportunities) in one status changed over the period. Overall
    reports (no dates) leave out the fields that do not apply.

        Attributes:
            status_id (str):
            status_label (str):
            status_is_deleted (bool):
            started (int): In the status at the start of the period.
            ended (int): In the status at the end of the period.
            change (int): `ended` minus `started`.
            change_percent (float):
            gained (int): Not in the status at the start, in it at the end.
            lost (int): In the status at the start, not at the end.
            entered (int): Entered the status at some point in the period.
            left (int): Left the status at some point in the period.
            queries (StatusReportStateLinks): One search query or UI path per state of a status over the period.
            leads_page_urls (StatusReportStateLinks): One search query or UI path per state of a status over the period.
            opportunities_page_urls (StatusReportStateLinks | Unset): One search query or UI path per state of a status over
                the period.
    """

    status_id: str
    status_label: str
    status_is_deleted: bool
    started: int
    ended: int
    change: int
    change_percent: float
    gained: int
    lost: int
    entered: int
    left: int
    queries: StatusReportStateLinks
    leads_page_urls: StatusReportStateLinks
    opportunities_page_urls: StatusReportStateLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_id = self.status_id

        status_label = self.status_label

        status_is_deleted = self.status_is_deleted

        started = self.started

        ended = self.ended

        change = self.change

        change_percent = self.change_percent

        gained = self.gained

        lost = self.lost

        entered = self.entered

        left = self.left

        queries = self.queries.to_dict()

        leads_page_urls = self.leads_page_urls.to_dict()

        opportunities_page_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opportunities_page_urls, Unset):
            opportunities_page_urls = self.opportunities_page_urls.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status_id": status_id,
                "status_label": status_label,
                "status_is_deleted": status_is_deleted,
                "started": started,
                "ended": ended,
                "change": change,
                "change_percent": change_percent,
                "gained": gained,
                "lost": lost,
                "entered": entered,
                "left": left,
                "_queries": queries,
                "_leads_page_urls": leads_page_urls,
            }
        )
        if opportunities_page_urls is not UNSET:
            field_dict["_opportunities_page_urls"] = opportunities_page_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.status_report_state_links import StatusReportStateLinks  # noqa: PLC0415

        d = dict(src_dict)
        status_id = d.pop("status_id")

        status_label = d.pop("status_label")

        status_is_deleted = d.pop("status_is_deleted")

        started = d.pop("started")

        ended = d.pop("ended")

        change = d.pop("change")

        change_percent = d.pop("change_percent")

        gained = d.pop("gained")

        lost = d.pop("lost")

        entered = d.pop("entered")

        left = d.pop("left")

        queries = StatusReportStateLinks.from_dict(d.pop("_queries"))

        leads_page_urls = StatusReportStateLinks.from_dict(d.pop("_leads_page_urls"))

        _opportunities_page_urls = d.pop("_opportunities_page_urls", UNSET)
        opportunities_page_urls: StatusReportStateLinks | Unset
        if isinstance(_opportunities_page_urls, Unset):
            opportunities_page_urls = UNSET
        else:
            opportunities_page_urls = StatusReportStateLinks.from_dict(_opportunities_page_urls)

        status_report_overview = cls(
            status_id=status_id,
            status_label=status_label,
            status_is_deleted=status_is_deleted,
            started=started,
            ended=ended,
            change=change,
            change_percent=change_percent,
            gained=gained,
            lost=lost,
            entered=entered,
            left=left,
            queries=queries,
            leads_page_urls=leads_page_urls,
            opportunities_page_urls=opportunities_page_urls,
        )

        status_report_overview.additional_properties = d
        return status_report_overview

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
