from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

T = TypeVar("T", bound="SearchNumberRangeCondition")


@_attrs_define
class SearchNumberRangeCondition:
    """A number within bounds; give any of `gt`, `gte`, `lt`, `lte`.

    Attributes:
        type_ (Literal['number_range']):  Default: 'number_range'.
        gt (float | Unset):
        gte (float | Unset):
        lt (float | Unset):
        lte (float | Unset):
    """

    type_: Literal["number_range"] = "number_range"
    gt: float | Unset = UNSET
    gte: float | Unset = UNSET
    lt: float | Unset = UNSET
    lte: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_
            field_dict["type"] = type_

        gt = self.gt
        if gt is not UNSET:
            field_dict["gt"] = gt

        gte = self.gte
        if gte is not UNSET:
            field_dict["gte"] = gte

        lt = self.lt
        if lt is not UNSET:
            field_dict["lt"] = lt

        lte = self.lte
        if lte is not UNSET:
            field_dict["lte"] = lte

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return src.get("type") == "number_range"

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
            raise not_an_object("SearchNumberRangeCondition", src_dict)
        d = dict(src_dict)
        type_ = cast(Literal["number_range"], d.pop("type"))
        if type_ != "number_range":
            raise ValueError(f"type must match const 'number_range', got '{type_}'")

        _raw_gt = d.pop("gt", UNSET)
        gt: float | Unset
        if isinstance(_raw_gt, int | float) and not isinstance(_raw_gt, bool):
            gt = _raw_gt
        else:
            gt = UNSET
            if _raw_gt is not UNSET:
                d["gt"] = _raw_gt

        _raw_gte = d.pop("gte", UNSET)
        gte: float | Unset
        if isinstance(_raw_gte, int | float) and not isinstance(_raw_gte, bool):
            gte = _raw_gte
        else:
            gte = UNSET
            if _raw_gte is not UNSET:
                d["gte"] = _raw_gte

        _raw_lt = d.pop("lt", UNSET)
        lt: float | Unset
        if isinstance(_raw_lt, int | float) and not isinstance(_raw_lt, bool):
            lt = _raw_lt
        else:
            lt = UNSET
            if _raw_lt is not UNSET:
                d["lt"] = _raw_lt

        _raw_lte = d.pop("lte", UNSET)
        lte: float | Unset
        if isinstance(_raw_lte, int | float) and not isinstance(_raw_lte, bool):
            lte = _raw_lte
        else:
            lte = UNSET
            if _raw_lte is not UNSET:
                d["lte"] = _raw_lte

        parsed_obj = cls(
            type_=type_,
            gt=gt,
            gte=gte,
            lt=lt,
            lte=lte,
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
