from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_text_mode import SearchTextMode
from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="SearchTextCondition")


@_attrs_define
class SearchTextCondition:
    """Text matching, e.g. `{"type": "text", "mode": "full_words", "value": "CEO"}`.

    Attributes:
        type_ (Literal['text']):  Default: 'text'.
        value (str):
        mode (SearchTextMode | Unset): How a `text` condition matches.
    """

    value: str
    type_: Literal["text"] = "text"
    mode: SearchTextMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_
            field_dict["type"] = type_

        if not isinstance(self.value, Unset):  # absent only if trimmed by _fields
            value = self.value
            field_dict["value"] = value

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return src.get("type") == "text"

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
            raise not_an_object("SearchTextCondition", src_dict)
        d = dict(src_dict)
        type_ = cast(Literal["text"], d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        _raw_value = d.pop("value", UNSET)
        value: str
        if isinstance(_raw_value, str):
            value = _raw_value
        else:
            value = MISSING
            if _raw_value is not UNSET:
                d["value"] = _raw_value

        _raw_mode = d.pop("mode", UNSET)
        try:
            _mode = _raw_mode
            mode: SearchTextMode | Unset
            if isinstance(_mode, Unset):
                mode = UNSET
            else:
                mode = SearchTextMode(_mode)

        except (TypeError, ValueError, AttributeError, KeyError):
            mode = UNSET
            if _raw_mode is not UNSET:
                d["mode"] = _raw_mode

        parsed_obj = cls(
            type_=type_,
            value=value,
            mode=mode,
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
