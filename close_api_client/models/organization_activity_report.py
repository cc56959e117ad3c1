from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.organization_activity_report_queries import OrganizationActivityReportQueries


T = TypeVar("T", bound="OrganizationActivityReport")


@_attrs_define
class OrganizationActivityReport:
    """The deprecated fixed-metric activity report. Revenue in cents, durations in seconds.

    Attributes:
        queries (OrganizationActivityReportQueries | Unset): For each count, the lead search query that lists the
            counted objects.
        calls (int | Unset):
        calls_duration_average (float | Unset):
        calls_duration_total (int | Unset):
        emails_received (int | Unset):
        emails_sent (int | Unset):
        leads_contacted (int | Unset):
        leads_created (int | Unset):
        opportunities_created (int | Unset):
        opportunities_lost (int | Unset):
        opportunities_won (int | Unset):
        revenue_created_annual (int | Unset):
        revenue_created_monthly (int | Unset):
        revenue_created_one_time (int | Unset):
        revenue_lost_annual (int | Unset):
        revenue_lost_monthly (int | Unset):
        revenue_lost_one_time (int | Unset):
        revenue_won_annual (int | Unset):
        revenue_won_monthly (int | Unset):
        revenue_won_one_time (int | Unset):
    """

    queries: OrganizationActivityReportQueries | Unset = UNSET
    calls: int | Unset = UNSET
    calls_duration_average: float | Unset = UNSET
    calls_duration_total: int | Unset = UNSET
    emails_received: int | Unset = UNSET
    emails_sent: int | Unset = UNSET
    leads_contacted: int | Unset = UNSET
    leads_created: int | Unset = UNSET
    opportunities_created: int | Unset = UNSET
    opportunities_lost: int | Unset = UNSET
    opportunities_won: int | Unset = UNSET
    revenue_created_annual: int | Unset = UNSET
    revenue_created_monthly: int | Unset = UNSET
    revenue_created_one_time: int | Unset = UNSET
    revenue_lost_annual: int | Unset = UNSET
    revenue_lost_monthly: int | Unset = UNSET
    revenue_lost_one_time: int | Unset = UNSET
    revenue_won_annual: int | Unset = UNSET
    revenue_won_monthly: int | Unset = UNSET
    revenue_won_one_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        queries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries.to_dict()
        if queries is not UNSET:
            field_dict["_queries"] = queries

        calls = self.calls
        if calls is not UNSET:
            field_dict["calls"] = calls

        calls_duration_average = self.calls_duration_average
        if calls_duration_average is not UNSET:
            field_dict["calls_duration_average"] = calls_duration_average

        calls_duration_total = self.calls_duration_total
        if calls_duration_total is not UNSET:
            field_dict["calls_duration_total"] = calls_duration_total

        emails_received = self.emails_received
        if emails_received is not UNSET:
            field_dict["emails_received"] = emails_received

        emails_sent = self.emails_sent
        if emails_sent is not UNSET:
            field_dict["emails_sent"] = emails_sent

        leads_contacted = self.leads_contacted
        if leads_contacted is not UNSET:
            field_dict["leads_contacted"] = leads_contacted

        leads_created = self.leads_created
        if leads_created is not UNSET:
            field_dict["leads_created"] = leads_created

        opportunities_created = self.opportunities_created
        if opportunities_created is not UNSET:
            field_dict["opportunities_created"] = opportunities_created

        opportunities_lost = self.opportunities_lost
        if opportunities_lost is not UNSET:
            field_dict["opportunities_lost"] = opportunities_lost

        opportunities_won = self.opportunities_won
        if opportunities_won is not UNSET:
            field_dict["opportunities_won"] = opportunities_won

        revenue_created_annual = self.revenue_created_annual
        if revenue_created_annual is not UNSET:
            field_dict["revenue_created_annual"] = revenue_created_annual

        revenue_created_monthly = self.revenue_created_monthly
        if revenue_created_monthly is not UNSET:
            field_dict["revenue_created_monthly"] = revenue_created_monthly

        revenue_created_one_time = self.revenue_created_one_time
        if revenue_created_one_time is not UNSET:
            field_dict["revenue_created_one_time"] = revenue_created_one_time

        revenue_lost_annual = self.revenue_lost_annual
        if revenue_lost_annual is not UNSET:
            field_dict["revenue_lost_annual"] = revenue_lost_annual

        revenue_lost_monthly = self.revenue_lost_monthly
        if revenue_lost_monthly is not UNSET:
            field_dict["revenue_lost_monthly"] = revenue_lost_monthly

        revenue_lost_one_time = self.revenue_lost_one_time
        if revenue_lost_one_time is not UNSET:
            field_dict["revenue_lost_one_time"] = revenue_lost_one_time

        revenue_won_annual = self.revenue_won_annual
        if revenue_won_annual is not UNSET:
            field_dict["revenue_won_annual"] = revenue_won_annual

        revenue_won_monthly = self.revenue_won_monthly
        if revenue_won_monthly is not UNSET:
            field_dict["revenue_won_monthly"] = revenue_won_monthly

        revenue_won_one_time = self.revenue_won_one_time
        if revenue_won_one_time is not UNSET:
            field_dict["revenue_won_one_time"] = revenue_won_one_time

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
            raise not_an_object("OrganizationActivityReport", src_dict)
        from ..models.organization_activity_report_queries import OrganizationActivityReportQueries  # noqa: PLC0415

        d = dict(src_dict)
        _raw_queries = d.pop("_queries", UNSET)
        try:
            _fits = _raw_queries is UNSET or isinstance(_raw_queries, dict)
            if not _fits:
                raise TypeError()
            _queries = _raw_queries
            queries: OrganizationActivityReportQueries | Unset
            if isinstance(_queries, Unset):
                queries = UNSET
            else:
                queries = OrganizationActivityReportQueries.from_dict(_queries)

        except (TypeError, ValueError, AttributeError, KeyError):
            queries = UNSET
            if _raw_queries is not UNSET:
                d["_queries"] = _raw_queries

        _raw_calls = d.pop("calls", UNSET)
        calls: int | Unset
        if isinstance(_raw_calls, int) and not isinstance(_raw_calls, bool):
            calls = _raw_calls
        else:
            calls = UNSET
            if _raw_calls is not UNSET:
                d["calls"] = _raw_calls

        _raw_calls_duration_average = d.pop("calls_duration_average", UNSET)
        calls_duration_average: float | Unset
        if isinstance(_raw_calls_duration_average, int | float) and not isinstance(
            _raw_calls_duration_average, bool
        ):
            calls_duration_average = _raw_calls_duration_average
        else:
            calls_duration_average = UNSET
            if _raw_calls_duration_average is not UNSET:
                d["calls_duration_average"] = _raw_calls_duration_average

        _raw_calls_duration_total = d.pop("calls_duration_total", UNSET)
        calls_duration_total: int | Unset
        if isinstance(_raw_calls_duration_total, int) and not isinstance(
            _raw_calls_duration_total, bool
        ):
            calls_duration_total = _raw_calls_duration_total
        else:
            calls_duration_total = UNSET
            if _raw_calls_duration_total is not UNSET:
                d["calls_duration_total"] = _raw_calls_duration_total

        _raw_emails_received = d.pop("emails_received", UNSET)
        emails_received: int | Unset
        if isinstance(_raw_emails_received, int) and not isinstance(_raw_emails_received, bool):
            emails_received = _raw_emails_received
        else:
            emails_received = UNSET
            if _raw_emails_received is not UNSET:
                d["emails_received"] = _raw_emails_received

        _raw_emails_sent = d.pop("emails_sent", UNSET)
        emails_sent: int | Unset
        if isinstance(_raw_emails_sent, int) and not isinstance(_raw_emails_sent, bool):
            emails_sent = _raw_emails_sent
        else:
            emails_sent = UNSET
            if _raw_emails_sent is not UNSET:
                d["emails_sent"] = _raw_emails_sent

        _raw_leads_contacted = d.pop("leads_contacted", UNSET)
        leads_contacted: int | Unset
        if isinstance(_raw_leads_contacted, int) and not isinstance(_raw_leads_contacted, bool):
            leads_contacted = _raw_leads_contacted
        else:
            leads_contacted = UNSET
            if _raw_leads_contacted is not UNSET:
                d["leads_contacted"] = _raw_leads_contacted

        _raw_leads_created = d.pop("leads_created", UNSET)
        leads_created: int | Unset
        if isinstance(_raw_leads_created, int) and not isinstance(_raw_leads_created, bool):
            leads_created = _raw_leads_created
        else:
            leads_created = UNSET
            if _raw_leads_created is not UNSET:
                d["leads_created"] = _raw_leads_created

        _raw_opportunities_created = d.pop("opportunities_created", UNSET)
        opportunities_created: int | Unset
        if isinstance(_raw_opportunities_created, int) and not isinstance(
            _raw_opportunities_created, bool
        ):
            opportunities_created = _raw_opportunities_created
        else:
            opportunities_created = UNSET
            if _raw_opportunities_created is not UNSET:
                d["opportunities_created"] = _raw_opportunities_created

        _raw_opportunities_lost = d.pop("opportunities_lost", UNSET)
        opportunities_lost: int | Unset
        if isinstance(_raw_opportunities_lost, int) and not isinstance(
            _raw_opportunities_lost, bool
        ):
            opportunities_lost = _raw_opportunities_lost
        else:
            opportunities_lost = UNSET
            if _raw_opportunities_lost is not UNSET:
                d["opportunities_lost"] = _raw_opportunities_lost

        _raw_opportunities_won = d.pop("opportunities_won", UNSET)
        opportunities_won: int | Unset
        if isinstance(_raw_opportunities_won, int) and not isinstance(_raw_opportunities_won, bool):
            opportunities_won = _raw_opportunities_won
        else:
            opportunities_won = UNSET
            if _raw_opportunities_won is not UNSET:
                d["opportunities_won"] = _raw_opportunities_won

        _raw_revenue_created_annual = d.pop("revenue_created_annual", UNSET)
        revenue_created_annual: int | Unset
        if isinstance(_raw_revenue_created_annual, int) and not isinstance(
            _raw_revenue_created_annual, bool
        ):
            revenue_created_annual = _raw_revenue_created_annual
        else:
            revenue_created_annual = UNSET
            if _raw_revenue_created_annual is not UNSET:
                d["revenue_created_annual"] = _raw_revenue_created_annual

        _raw_revenue_created_monthly = d.pop("revenue_created_monthly", UNSET)
        revenue_created_monthly: int | Unset
        if isinstance(_raw_revenue_created_monthly, int) and not isinstance(
            _raw_revenue_created_monthly, bool
        ):
            revenue_created_monthly = _raw_revenue_created_monthly
        else:
            revenue_created_monthly = UNSET
            if _raw_revenue_created_monthly is not UNSET:
                d["revenue_created_monthly"] = _raw_revenue_created_monthly

        _raw_revenue_created_one_time = d.pop("revenue_created_one_time", UNSET)
        revenue_created_one_time: int | Unset
        if isinstance(_raw_revenue_created_one_time, int) and not isinstance(
            _raw_revenue_created_one_time, bool
        ):
            revenue_created_one_time = _raw_revenue_created_one_time
        else:
            revenue_created_one_time = UNSET
            if _raw_revenue_created_one_time is not UNSET:
                d["revenue_created_one_time"] = _raw_revenue_created_one_time

        _raw_revenue_lost_annual = d.pop("revenue_lost_annual", UNSET)
        revenue_lost_annual: int | Unset
        if isinstance(_raw_revenue_lost_annual, int) and not isinstance(
            _raw_revenue_lost_annual, bool
        ):
            revenue_lost_annual = _raw_revenue_lost_annual
        else:
            revenue_lost_annual = UNSET
            if _raw_revenue_lost_annual is not UNSET:
                d["revenue_lost_annual"] = _raw_revenue_lost_annual

        _raw_revenue_lost_monthly = d.pop("revenue_lost_monthly", UNSET)
        revenue_lost_monthly: int | Unset
        if isinstance(_raw_revenue_lost_monthly, int) and not isinstance(
            _raw_revenue_lost_monthly, bool
        ):
            revenue_lost_monthly = _raw_revenue_lost_monthly
        else:
            revenue_lost_monthly = UNSET
            if _raw_revenue_lost_monthly is not UNSET:
                d["revenue_lost_monthly"] = _raw_revenue_lost_monthly

        _raw_revenue_lost_one_time = d.pop("revenue_lost_one_time", UNSET)
        revenue_lost_one_time: int | Unset
        if isinstance(_raw_revenue_lost_one_time, int) and not isinstance(
            _raw_revenue_lost_one_time, bool
        ):
            revenue_lost_one_time = _raw_revenue_lost_one_time
        else:
            revenue_lost_one_time = UNSET
            if _raw_revenue_lost_one_time is not UNSET:
                d["revenue_lost_one_time"] = _raw_revenue_lost_one_time

        _raw_revenue_won_annual = d.pop("revenue_won_annual", UNSET)
        revenue_won_annual: int | Unset
        if isinstance(_raw_revenue_won_annual, int) and not isinstance(
            _raw_revenue_won_annual, bool
        ):
            revenue_won_annual = _raw_revenue_won_annual
        else:
            revenue_won_annual = UNSET
            if _raw_revenue_won_annual is not UNSET:
                d["revenue_won_annual"] = _raw_revenue_won_annual

        _raw_revenue_won_monthly = d.pop("revenue_won_monthly", UNSET)
        revenue_won_monthly: int | Unset
        if isinstance(_raw_revenue_won_monthly, int) and not isinstance(
            _raw_revenue_won_monthly, bool
        ):
            revenue_won_monthly = _raw_revenue_won_monthly
        else:
            revenue_won_monthly = UNSET
            if _raw_revenue_won_monthly is not UNSET:
                d["revenue_won_monthly"] = _raw_revenue_won_monthly

        _raw_revenue_won_one_time = d.pop("revenue_won_one_time", UNSET)
        revenue_won_one_time: int | Unset
        if isinstance(_raw_revenue_won_one_time, int) and not isinstance(
            _raw_revenue_won_one_time, bool
        ):
            revenue_won_one_time = _raw_revenue_won_one_time
        else:
            revenue_won_one_time = UNSET
            if _raw_revenue_won_one_time is not UNSET:
                d["revenue_won_one_time"] = _raw_revenue_won_one_time

        parsed_obj = cls(
            queries=queries,
            calls=calls,
            calls_duration_average=calls_duration_average,
            calls_duration_total=calls_duration_total,
            emails_received=emails_received,
            emails_sent=emails_sent,
            leads_contacted=leads_contacted,
            leads_created=leads_created,
            opportunities_created=opportunities_created,
            opportunities_lost=opportunities_lost,
            opportunities_won=opportunities_won,
            revenue_created_annual=revenue_created_annual,
            revenue_created_monthly=revenue_created_monthly,
            revenue_created_one_time=revenue_created_one_time,
            revenue_lost_annual=revenue_lost_annual,
            revenue_lost_monthly=revenue_lost_monthly,
            revenue_lost_one_time=revenue_lost_one_time,
            revenue_won_annual=revenue_won_annual,
            revenue_won_monthly=revenue_won_monthly,
            revenue_won_one_time=revenue_won_one_time,
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
