from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

T = TypeVar("T", bound="SequenceSubscriptionCounts")


@_attrs_define
class SequenceSubscriptionCounts:
    """Number of subscriptions per status.

    Attributes:
        active (int | Unset):
        paused (int | Unset):
        finished (int | Unset):
    """

    active: int | Unset = UNSET
    paused: int | Unset = UNSET
    finished: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        active = self.active
        if active is not UNSET:
            field_dict["active"] = active

        paused = self.paused
        if paused is not UNSET:
            field_dict["paused"] = paused

        finished = self.finished
        if finished is not UNSET:
            field_dict["finished"] = finished

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
            raise not_an_object("SequenceSubscriptionCounts", src_dict)
        d = dict(src_dict)
        _raw_active = d.pop("active", UNSET)
        active: int | Unset
        if isinstance(_raw_active, int) and not isinstance(_raw_active, bool):
            active = _raw_active
        else:
            active = UNSET
            if _raw_active is not UNSET:
                d["active"] = _raw_active

        _raw_paused = d.pop("paused", UNSET)
        paused: int | Unset
        if isinstance(_raw_paused, int) and not isinstance(_raw_paused, bool):
            paused = _raw_paused
        else:
            paused = UNSET
            if _raw_paused is not UNSET:
                d["paused"] = _raw_paused

        _raw_finished = d.pop("finished", UNSET)
        finished: int | Unset
        if isinstance(_raw_finished, int) and not isinstance(_raw_finished, bool):
            finished = _raw_finished
        else:
            finished = UNSET
            if _raw_finished is not UNSET:
                d["finished"] = _raw_finished

        parsed_obj = cls(
            active=active,
            paused=paused,
            finished=finished,
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
