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
            status_id (str | Unset):
            status_label (str | Unset):
            status_is_deleted (bool | Unset):
            started (int | Unset): In the status at the start of the period.
            ended (int | Unset): In the status at the end of the period.
            change (int | Unset): `ended` minus `started`.
            change_percent (float | Unset):
            gained (int | Unset): Not in the status at the start, in it at the end.
            lost (int | Unset): In the status at the start, not at the end.
            entered (int | Unset): Entered the status at some point in the period.
            left (int | Unset): Left the status at some point in the period.
            queries (StatusReportStateLinks | Unset): One search query or UI path per state of a status over the period.
            leads_page_urls (StatusReportStateLinks | Unset): One search query or UI path per state of a status over the
                period.
            opportunities_page_urls (StatusReportStateLinks | Unset): One search query or UI path per state of a status over
                the period.
    """

    status_id: str | Unset = UNSET
    status_label: str | Unset = UNSET
    status_is_deleted: bool | Unset = UNSET
    started: int | Unset = UNSET
    ended: int | Unset = UNSET
    change: int | Unset = UNSET
    change_percent: float | Unset = UNSET
    gained: int | Unset = UNSET
    lost: int | Unset = UNSET
    entered: int | Unset = UNSET
    left: int | Unset = UNSET
    queries: StatusReportStateLinks | Unset = UNSET
    leads_page_urls: StatusReportStateLinks | Unset = UNSET
    opportunities_page_urls: StatusReportStateLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        status_id = self.status_id
        if status_id is not UNSET:
            field_dict["status_id"] = status_id

        status_label = self.status_label
        if status_label is not UNSET:
            field_dict["status_label"] = status_label

        status_is_deleted = self.status_is_deleted
        if status_is_deleted is not UNSET:
            field_dict["status_is_deleted"] = status_is_deleted

        started = self.started
        if started is not UNSET:
            field_dict["started"] = started

        ended = self.ended
        if ended is not UNSET:
            field_dict["ended"] = ended

        change = self.change
        if change is not UNSET:
            field_dict["change"] = change

        change_percent = self.change_percent
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent

        gained = self.gained
        if gained is not UNSET:
            field_dict["gained"] = gained

        lost = self.lost
        if lost is not UNSET:
            field_dict["lost"] = lost

        entered = self.entered
        if entered is not UNSET:
            field_dict["entered"] = entered

        left = self.left
        if left is not UNSET:
            field_dict["left"] = left

        queries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries.to_dict()
        if queries is not UNSET:
            field_dict["_queries"] = queries

        leads_page_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.leads_page_urls, Unset):
            leads_page_urls = self.leads_page_urls.to_dict()
        if leads_page_urls is not UNSET:
            field_dict["_leads_page_urls"] = leads_page_urls

        opportunities_page_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opportunities_page_urls, Unset):
            opportunities_page_urls = self.opportunities_page_urls.to_dict()
        if opportunities_page_urls is not UNSET:
            field_dict["_opportunities_page_urls"] = opportunities_page_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart.
        """
        from ..models.status_report_state_links import StatusReportStateLinks  # noqa: PLC0415

        d = dict(src_dict)
        _raw_status_id = d.pop("status_id", UNSET)
        status_id: str | Unset
        if isinstance(_raw_status_id, str):
            status_id = _raw_status_id
        else:
            status_id = UNSET
            if _raw_status_id is not UNSET:
                d["status_id"] = _raw_status_id

        _raw_status_label = d.pop("status_label", UNSET)
        status_label: str | Unset
        if isinstance(_raw_status_label, str):
            status_label = _raw_status_label
        else:
            status_label = UNSET
            if _raw_status_label is not UNSET:
                d["status_label"] = _raw_status_label

        _raw_status_is_deleted = d.pop("status_is_deleted", UNSET)
        status_is_deleted: bool | Unset
        if isinstance(_raw_status_is_deleted, bool):
            status_is_deleted = _raw_status_is_deleted
        else:
            status_is_deleted = UNSET
            if _raw_status_is_deleted is not UNSET:
                d["status_is_deleted"] = _raw_status_is_deleted

        _raw_started = d.pop("started", UNSET)
        started: int | Unset
        if isinstance(_raw_started, int) and not isinstance(_raw_started, bool):
            started = _raw_started
        else:
            started = UNSET
            if _raw_started is not UNSET:
                d["started"] = _raw_started

        _raw_ended = d.pop("ended", UNSET)
        ended: int | Unset
        if isinstance(_raw_ended, int) and not isinstance(_raw_ended, bool):
            ended = _raw_ended
        else:
            ended = UNSET
            if _raw_ended is not UNSET:
                d["ended"] = _raw_ended

        _raw_change = d.pop("change", UNSET)
        change: int | Unset
        if isinstance(_raw_change, int) and not isinstance(_raw_change, bool):
            change = _raw_change
        else:
            change = UNSET
            if _raw_change is not UNSET:
                d["change"] = _raw_change

        _raw_change_percent = d.pop("change_percent", UNSET)
        change_percent: float | Unset
        if isinstance(_raw_change_percent, int | float) and not isinstance(
            _raw_change_percent, bool
        ):
            change_percent = _raw_change_percent
        else:
            change_percent = UNSET
            if _raw_change_percent is not UNSET:
                d["change_percent"] = _raw_change_percent

        _raw_gained = d.pop("gained", UNSET)
        gained: int | Unset
        if isinstance(_raw_gained, int) and not isinstance(_raw_gained, bool):
            gained = _raw_gained
        else:
            gained = UNSET
            if _raw_gained is not UNSET:
                d["gained"] = _raw_gained

        _raw_lost = d.pop("lost", UNSET)
        lost: int | Unset
        if isinstance(_raw_lost, int) and not isinstance(_raw_lost, bool):
            lost = _raw_lost
        else:
            lost = UNSET
            if _raw_lost is not UNSET:
                d["lost"] = _raw_lost

        _raw_entered = d.pop("entered", UNSET)
        entered: int | Unset
        if isinstance(_raw_entered, int) and not isinstance(_raw_entered, bool):
            entered = _raw_entered
        else:
            entered = UNSET
            if _raw_entered is not UNSET:
                d["entered"] = _raw_entered

        _raw_left = d.pop("left", UNSET)
        left: int | Unset
        if isinstance(_raw_left, int) and not isinstance(_raw_left, bool):
            left = _raw_left
        else:
            left = UNSET
            if _raw_left is not UNSET:
                d["left"] = _raw_left

        _raw_queries = d.pop("_queries", UNSET)
        try:
            _fits = _raw_queries is UNSET or isinstance(_raw_queries, dict)
            if not _fits:
                raise TypeError()
            _queries = _raw_queries
            queries: StatusReportStateLinks | Unset
            if isinstance(_queries, Unset):
                queries = UNSET
            else:
                queries = StatusReportStateLinks.from_dict(_queries)

        except (TypeError, ValueError, AttributeError, KeyError):
            queries = UNSET
            if _raw_queries is not UNSET:
                d["_queries"] = _raw_queries

        _raw_leads_page_urls = d.pop("_leads_page_urls", UNSET)
        try:
            _fits = _raw_leads_page_urls is UNSET or isinstance(_raw_leads_page_urls, dict)
            if not _fits:
                raise TypeError()
            _leads_page_urls = _raw_leads_page_urls
            leads_page_urls: StatusReportStateLinks | Unset
            if isinstance(_leads_page_urls, Unset):
                leads_page_urls = UNSET
            else:
                leads_page_urls = StatusReportStateLinks.from_dict(_leads_page_urls)

        except (TypeError, ValueError, AttributeError, KeyError):
            leads_page_urls = UNSET
            if _raw_leads_page_urls is not UNSET:
                d["_leads_page_urls"] = _raw_leads_page_urls

        _raw_opportunities_page_urls = d.pop("_opportunities_page_urls", UNSET)
        try:
            _fits = _raw_opportunities_page_urls is UNSET or isinstance(
                _raw_opportunities_page_urls, dict
            )
            if not _fits:
                raise TypeError()
            _opportunities_page_urls = _raw_opportunities_page_urls
            opportunities_page_urls: StatusReportStateLinks | Unset
            if isinstance(_opportunities_page_urls, Unset):
                opportunities_page_urls = UNSET
            else:
                opportunities_page_urls = StatusReportStateLinks.from_dict(_opportunities_page_urls)

        except (TypeError, ValueError, AttributeError, KeyError):
            opportunities_page_urls = UNSET
            if _raw_opportunities_page_urls is not UNSET:
                d["_opportunities_page_urls"] = _raw_opportunities_page_urls

        parsed_obj = cls(
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

        parsed_obj.additional_properties = d
        return parsed_obj

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
