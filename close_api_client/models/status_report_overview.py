from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.status_id, Unset):  # absent only if trimmed by _fields
            status_id = self.status_id
            field_dict["status_id"] = status_id

        if not isinstance(self.status_label, Unset):  # absent only if trimmed by _fields
            status_label = self.status_label
            field_dict["status_label"] = status_label

        if not isinstance(self.status_is_deleted, Unset):  # absent only if trimmed by _fields
            status_is_deleted = self.status_is_deleted
            field_dict["status_is_deleted"] = status_is_deleted

        if not isinstance(self.started, Unset):  # absent only if trimmed by _fields
            started = self.started
            field_dict["started"] = started

        if not isinstance(self.ended, Unset):  # absent only if trimmed by _fields
            ended = self.ended
            field_dict["ended"] = ended

        if not isinstance(self.change, Unset):  # absent only if trimmed by _fields
            change = self.change
            field_dict["change"] = change

        if not isinstance(self.change_percent, Unset):  # absent only if trimmed by _fields
            change_percent = self.change_percent
            field_dict["change_percent"] = change_percent

        if not isinstance(self.gained, Unset):  # absent only if trimmed by _fields
            gained = self.gained
            field_dict["gained"] = gained

        if not isinstance(self.lost, Unset):  # absent only if trimmed by _fields
            lost = self.lost
            field_dict["lost"] = lost

        if not isinstance(self.entered, Unset):  # absent only if trimmed by _fields
            entered = self.entered
            field_dict["entered"] = entered

        if not isinstance(self.left, Unset):  # absent only if trimmed by _fields
            left = self.left
            field_dict["left"] = left

        if not isinstance(self.queries, Unset):  # absent only if trimmed by _fields
            queries = self.queries.to_dict()
            field_dict["_queries"] = queries

        if not isinstance(self.leads_page_urls, Unset):  # absent only if trimmed by _fields
            leads_page_urls = self.leads_page_urls.to_dict()
            field_dict["_leads_page_urls"] = leads_page_urls

        opportunities_page_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opportunities_page_urls, Unset):
            opportunities_page_urls = self.opportunities_page_urls.to_dict()
        if opportunities_page_urls is not UNSET:
            field_dict["_opportunities_page_urls"] = opportunities_page_urls

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart. A ``src_dict`` that is not a JSON object raises ``TypeError``.
        """
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict: fast
            raise not_an_object("StatusReportOverview", src_dict)
        from ..models.status_report_state_links import StatusReportStateLinks  # noqa: PLC0415

        d = dict(src_dict)
        _raw_status_id = d.pop("status_id", UNSET)
        status_id: str
        if isinstance(_raw_status_id, str):
            status_id = _raw_status_id
        else:
            status_id = MISSING
            if _raw_status_id is not UNSET:
                d["status_id"] = _raw_status_id

        _raw_status_label = d.pop("status_label", UNSET)
        status_label: str
        if isinstance(_raw_status_label, str):
            status_label = _raw_status_label
        else:
            status_label = MISSING
            if _raw_status_label is not UNSET:
                d["status_label"] = _raw_status_label

        _raw_status_is_deleted = d.pop("status_is_deleted", UNSET)
        status_is_deleted: bool
        if isinstance(_raw_status_is_deleted, bool):
            status_is_deleted = _raw_status_is_deleted
        else:
            status_is_deleted = MISSING
            if _raw_status_is_deleted is not UNSET:
                d["status_is_deleted"] = _raw_status_is_deleted

        _raw_started = d.pop("started", UNSET)
        started: int
        if isinstance(_raw_started, int) and not isinstance(_raw_started, bool):
            started = _raw_started
        else:
            started = MISSING
            if _raw_started is not UNSET:
                d["started"] = _raw_started

        _raw_ended = d.pop("ended", UNSET)
        ended: int
        if isinstance(_raw_ended, int) and not isinstance(_raw_ended, bool):
            ended = _raw_ended
        else:
            ended = MISSING
            if _raw_ended is not UNSET:
                d["ended"] = _raw_ended

        _raw_change = d.pop("change", UNSET)
        change: int
        if isinstance(_raw_change, int) and not isinstance(_raw_change, bool):
            change = _raw_change
        else:
            change = MISSING
            if _raw_change is not UNSET:
                d["change"] = _raw_change

        _raw_change_percent = d.pop("change_percent", UNSET)
        change_percent: float
        if isinstance(_raw_change_percent, int | float) and not isinstance(
            _raw_change_percent, bool
        ):
            change_percent = _raw_change_percent
        else:
            change_percent = MISSING
            if _raw_change_percent is not UNSET:
                d["change_percent"] = _raw_change_percent

        _raw_gained = d.pop("gained", UNSET)
        gained: int
        if isinstance(_raw_gained, int) and not isinstance(_raw_gained, bool):
            gained = _raw_gained
        else:
            gained = MISSING
            if _raw_gained is not UNSET:
                d["gained"] = _raw_gained

        _raw_lost = d.pop("lost", UNSET)
        lost: int
        if isinstance(_raw_lost, int) and not isinstance(_raw_lost, bool):
            lost = _raw_lost
        else:
            lost = MISSING
            if _raw_lost is not UNSET:
                d["lost"] = _raw_lost

        _raw_entered = d.pop("entered", UNSET)
        entered: int
        if isinstance(_raw_entered, int) and not isinstance(_raw_entered, bool):
            entered = _raw_entered
        else:
            entered = MISSING
            if _raw_entered is not UNSET:
                d["entered"] = _raw_entered

        _raw_left = d.pop("left", UNSET)
        left: int
        if isinstance(_raw_left, int) and not isinstance(_raw_left, bool):
            left = _raw_left
        else:
            left = MISSING
            if _raw_left is not UNSET:
                d["left"] = _raw_left

        _raw_queries = d.pop("_queries", UNSET)
        try:
            _fits = _raw_queries is not UNSET and isinstance(_raw_queries, dict)
            if not _fits:
                raise TypeError()
            queries = StatusReportStateLinks.from_dict(_raw_queries)

        except (TypeError, ValueError, AttributeError, KeyError):
            queries = MISSING
            if _raw_queries is not UNSET:
                d["_queries"] = _raw_queries

        _raw_leads_page_urls = d.pop("_leads_page_urls", UNSET)
        try:
            _fits = _raw_leads_page_urls is not UNSET and isinstance(_raw_leads_page_urls, dict)
            if not _fits:
                raise TypeError()
            leads_page_urls = StatusReportStateLinks.from_dict(_raw_leads_page_urls)

        except (TypeError, ValueError, AttributeError, KeyError):
            leads_page_urls = MISSING
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
