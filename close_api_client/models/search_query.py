from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

T = TypeVar("T", bound="SearchQuery")


@_attrs_define
class SearchQuery:
    """An Advanced Filtering query node of any `type`, with its keys as additional
    properties: the fallback of `SearchQueryNode` for node types the typed models do not
    describe (and what an unknown node type parses into). `SearchQuery.from_dict({...})`
    builds one from a raw dict.

        Attributes:
            type_ (str | Unset):
            negate (bool | Unset): Inverts the node's match.
    """

    type_: str | Unset = UNSET
    negate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_

        negate = self.negate
        if negate is not UNSET:
            field_dict["negate"] = negate

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
            raise not_an_object("SearchQuery", src_dict)
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        type_: str | Unset
        if isinstance(_raw_type_, str):
            type_ = _raw_type_
        else:
            type_ = UNSET
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_negate = d.pop("negate", UNSET)
        negate: bool | Unset
        if isinstance(_raw_negate, bool):
            negate = _raw_negate
        else:
            negate = UNSET
            if _raw_negate is not UNSET:
                d["negate"] = _raw_negate

        parsed_obj = cls(
            type_=type_,
            negate=negate,
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
