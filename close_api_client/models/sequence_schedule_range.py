from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="SequenceScheduleRange")


@_attrs_define
class SequenceScheduleRange:
    """A daily sending window.

    Attributes:
        weekday (int): Day of the week, 1 (Monday) to 7.
        from_ (str): Start time, `HH:MM`.
        to (str): End time, `HH:MM`.
    """

    weekday: int
    from_: str
    to: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.weekday, Unset):  # absent only if trimmed by _fields
            weekday = self.weekday
            field_dict["weekday"] = weekday

        if not isinstance(self.from_, Unset):  # absent only if trimmed by _fields
            from_ = self.from_
            field_dict["from"] = from_

        if not isinstance(self.to, Unset):  # absent only if trimmed by _fields
            to = self.to
            field_dict["to"] = to

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
            raise not_an_object("SequenceScheduleRange", src_dict)
        d = dict(src_dict)
        _raw_weekday = d.pop("weekday", UNSET)
        weekday: int
        if isinstance(_raw_weekday, int) and not isinstance(_raw_weekday, bool):
            weekday = _raw_weekday
        else:
            weekday = MISSING
            if _raw_weekday is not UNSET:
                d["weekday"] = _raw_weekday

        _raw_from_ = d.pop("from", UNSET)
        from_: str
        if isinstance(_raw_from_, str):
            from_ = _raw_from_
        else:
            from_ = MISSING
            if _raw_from_ is not UNSET:
                d["from"] = _raw_from_

        _raw_to = d.pop("to", UNSET)
        to: str
        if isinstance(_raw_to, str):
            to = _raw_to
        else:
            to = MISSING
            if _raw_to is not UNSET:
                d["to"] = _raw_to

        parsed_obj = cls(
            weekday=weekday,
            from_=from_,
            to=to,
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
