from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        calls = self.calls
        if calls is not UNSET:
            field_dict["calls"] = calls

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
            raise not_an_object("OrganizationActivityReportQueries", src_dict)
        d = dict(src_dict)
        _raw_calls = d.pop("calls", UNSET)
        calls: str | Unset
        if isinstance(_raw_calls, str):
            calls = _raw_calls
        else:
            calls = UNSET
            if _raw_calls is not UNSET:
                d["calls"] = _raw_calls

        _raw_emails_received = d.pop("emails_received", UNSET)
        emails_received: str | Unset
        if isinstance(_raw_emails_received, str):
            emails_received = _raw_emails_received
        else:
            emails_received = UNSET
            if _raw_emails_received is not UNSET:
                d["emails_received"] = _raw_emails_received

        _raw_emails_sent = d.pop("emails_sent", UNSET)
        emails_sent: str | Unset
        if isinstance(_raw_emails_sent, str):
            emails_sent = _raw_emails_sent
        else:
            emails_sent = UNSET
            if _raw_emails_sent is not UNSET:
                d["emails_sent"] = _raw_emails_sent

        _raw_leads_contacted = d.pop("leads_contacted", UNSET)
        leads_contacted: str | Unset
        if isinstance(_raw_leads_contacted, str):
            leads_contacted = _raw_leads_contacted
        else:
            leads_contacted = UNSET
            if _raw_leads_contacted is not UNSET:
                d["leads_contacted"] = _raw_leads_contacted

        _raw_leads_created = d.pop("leads_created", UNSET)
        leads_created: str | Unset
        if isinstance(_raw_leads_created, str):
            leads_created = _raw_leads_created
        else:
            leads_created = UNSET
            if _raw_leads_created is not UNSET:
                d["leads_created"] = _raw_leads_created

        _raw_opportunities_created = d.pop("opportunities_created", UNSET)
        opportunities_created: str | Unset
        if isinstance(_raw_opportunities_created, str):
            opportunities_created = _raw_opportunities_created
        else:
            opportunities_created = UNSET
            if _raw_opportunities_created is not UNSET:
                d["opportunities_created"] = _raw_opportunities_created

        _raw_opportunities_lost = d.pop("opportunities_lost", UNSET)
        opportunities_lost: str | Unset
        if isinstance(_raw_opportunities_lost, str):
            opportunities_lost = _raw_opportunities_lost
        else:
            opportunities_lost = UNSET
            if _raw_opportunities_lost is not UNSET:
                d["opportunities_lost"] = _raw_opportunities_lost

        _raw_opportunities_won = d.pop("opportunities_won", UNSET)
        opportunities_won: str | Unset
        if isinstance(_raw_opportunities_won, str):
            opportunities_won = _raw_opportunities_won
        else:
            opportunities_won = UNSET
            if _raw_opportunities_won is not UNSET:
                d["opportunities_won"] = _raw_opportunities_won

        parsed_obj = cls(
            calls=calls,
            emails_received=emails_received,
            emails_sent=emails_sent,
            leads_contacted=leads_contacted,
            leads_created=leads_created,
            opportunities_created=opportunities_created,
            opportunities_lost=opportunities_lost,
            opportunities_won=opportunities_won,
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
