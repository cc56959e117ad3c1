from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="StatusReportStateLinks")


@_attrs_define
class StatusReportStateLinks:
    """One search query or UI path per state of a status over the period.

    Attributes:
        started (str):
        ended (str):
        gained (str):
        lost (str):
        entered (str):
        left (str):
    """

    started: str
    ended: str
    gained: str
    lost: str
    entered: str
    left: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.started, Unset):  # absent only if trimmed by _fields
            started = self.started
            field_dict["started"] = started

        if not isinstance(self.ended, Unset):  # absent only if trimmed by _fields
            ended = self.ended
            field_dict["ended"] = ended

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
            raise not_an_object("StatusReportStateLinks", src_dict)
        d = dict(src_dict)
        _raw_started = d.pop("started", UNSET)
        started: str
        if isinstance(_raw_started, str):
            started = _raw_started
        else:
            started = MISSING
            if _raw_started is not UNSET:
                d["started"] = _raw_started

        _raw_ended = d.pop("ended", UNSET)
        ended: str
        if isinstance(_raw_ended, str):
            ended = _raw_ended
        else:
            ended = MISSING
            if _raw_ended is not UNSET:
                d["ended"] = _raw_ended

        _raw_gained = d.pop("gained", UNSET)
        gained: str
        if isinstance(_raw_gained, str):
            gained = _raw_gained
        else:
            gained = MISSING
            if _raw_gained is not UNSET:
                d["gained"] = _raw_gained

        _raw_lost = d.pop("lost", UNSET)
        lost: str
        if isinstance(_raw_lost, str):
            lost = _raw_lost
        else:
            lost = MISSING
            if _raw_lost is not UNSET:
                d["lost"] = _raw_lost

        _raw_entered = d.pop("entered", UNSET)
        entered: str
        if isinstance(_raw_entered, str):
            entered = _raw_entered
        else:
            entered = MISSING
            if _raw_entered is not UNSET:
                d["entered"] = _raw_entered

        _raw_left = d.pop("left", UNSET)
        left: str
        if isinstance(_raw_left, str):
            left = _raw_left
        else:
            left = MISSING
            if _raw_left is not UNSET:
                d["left"] = _raw_left

        parsed_obj = cls(
            started=started,
            ended=ended,
            gained=gained,
            lost=lost,
            entered=entered,
            left=left,
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
