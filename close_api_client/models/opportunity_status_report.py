from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.status_report_overview import StatusReportOverview
    from ..models.status_report_transition import StatusReportTransition


T = TypeVar("T", bound="OpportunityStatusReport")


@_attrs_define
class OpportunityStatusReport:
    """Opportunity status change report; counts are opportunities.

    Attributes:
        status_overview (list[StatusReportOverview] | Unset):
        status_transitions (list[StatusReportTransition] | Unset):
        status_transitions_summary (list[StatusReportTransition] | Unset): Transitions summarized over the period (A to
            B to C counts as A to C).
    """

    status_overview: list[StatusReportOverview] | Unset = UNSET
    status_transitions: list[StatusReportTransition] | Unset = UNSET
    status_transitions_summary: list[StatusReportTransition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        status_overview: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.status_overview, Unset):
            status_overview = []
            for status_overview_item_data in self.status_overview:
                status_overview_item = status_overview_item_data.to_dict()
                status_overview.append(status_overview_item)

        if status_overview is not UNSET:
            field_dict["status_overview"] = status_overview

        status_transitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.status_transitions, Unset):
            status_transitions = []
            for status_transitions_item_data in self.status_transitions:
                status_transitions_item = status_transitions_item_data.to_dict()
                status_transitions.append(status_transitions_item)

        if status_transitions is not UNSET:
            field_dict["status_transitions"] = status_transitions

        status_transitions_summary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.status_transitions_summary, Unset):
            status_transitions_summary = []
            for status_transitions_summary_item_data in self.status_transitions_summary:
                status_transitions_summary_item = status_transitions_summary_item_data.to_dict()
                status_transitions_summary.append(status_transitions_summary_item)

        if status_transitions_summary is not UNSET:
            field_dict["status_transitions_summary"] = status_transitions_summary

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
            raise not_an_object("OpportunityStatusReport", src_dict)
        from ..models.status_report_overview import StatusReportOverview  # noqa: PLC0415
        from ..models.status_report_transition import StatusReportTransition  # noqa: PLC0415

        d = dict(src_dict)
        _raw_status_overview = d.pop("status_overview", UNSET)
        try:
            _fits = _raw_status_overview is UNSET or isinstance(_raw_status_overview, list)
            if not _fits:
                raise TypeError()
            _status_overview = _raw_status_overview
            status_overview: list[StatusReportOverview] | Unset = UNSET
            if _status_overview is not UNSET:
                status_overview = []
                for status_overview_item_data in _status_overview:
                    status_overview_item = StatusReportOverview.from_dict(status_overview_item_data)

                    status_overview.append(status_overview_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            status_overview = UNSET
            if _raw_status_overview is not UNSET:
                d["status_overview"] = _raw_status_overview

        _raw_status_transitions = d.pop("status_transitions", UNSET)
        try:
            _fits = _raw_status_transitions is UNSET or isinstance(_raw_status_transitions, list)
            if not _fits:
                raise TypeError()
            _status_transitions = _raw_status_transitions
            status_transitions: list[StatusReportTransition] | Unset = UNSET
            if _status_transitions is not UNSET:
                status_transitions = []
                for status_transitions_item_data in _status_transitions:
                    status_transitions_item = StatusReportTransition.from_dict(
                        status_transitions_item_data
                    )

                    status_transitions.append(status_transitions_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            status_transitions = UNSET
            if _raw_status_transitions is not UNSET:
                d["status_transitions"] = _raw_status_transitions

        _raw_status_transitions_summary = d.pop("status_transitions_summary", UNSET)
        try:
            _fits = _raw_status_transitions_summary is UNSET or isinstance(
                _raw_status_transitions_summary, list
            )
            if not _fits:
                raise TypeError()
            _status_transitions_summary = _raw_status_transitions_summary
            status_transitions_summary: list[StatusReportTransition] | Unset = UNSET
            if _status_transitions_summary is not UNSET:
                status_transitions_summary = []
                for status_transitions_summary_item_data in _status_transitions_summary:
                    status_transitions_summary_item = StatusReportTransition.from_dict(
                        status_transitions_summary_item_data
                    )

                    status_transitions_summary.append(status_transitions_summary_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            status_transitions_summary = UNSET
            if _raw_status_transitions_summary is not UNSET:
                d["status_transitions_summary"] = _raw_status_transitions_summary

        parsed_obj = cls(
            status_overview=status_overview,
            status_transitions=status_transitions,
            status_transitions_summary=status_transitions_summary,
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
