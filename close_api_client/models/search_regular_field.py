from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="SearchRegularField")


@_attrs_define
class SearchRegularField:
    """A built-in field (the Advanced Filtering Fields page lists them per object type);
    `object_type` must match the objects filtered.

        Attributes:
            type_ (Literal['regular_field']):  Default: 'regular_field'.
            object_type (str):
            field_name (str):
    """

    object_type: str
    field_name: str
    type_: Literal["regular_field"] = "regular_field"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_
            field_dict["type"] = type_

        if not isinstance(self.object_type, Unset):  # absent only if trimmed by _fields
            object_type = self.object_type
            field_dict["object_type"] = object_type

        if not isinstance(self.field_name, Unset):  # absent only if trimmed by _fields
            field_name = self.field_name
            field_dict["field_name"] = field_name

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return src.get("type") == "regular_field"

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
            raise not_an_object("SearchRegularField", src_dict)
        d = dict(src_dict)
        type_ = cast(Literal["regular_field"], d.pop("type"))
        if type_ != "regular_field":
            raise ValueError(f"type must match const 'regular_field', got '{type_}'")

        _raw_object_type = d.pop("object_type", UNSET)
        object_type: str
        if isinstance(_raw_object_type, str):
            object_type = _raw_object_type
        else:
            object_type = MISSING
            if _raw_object_type is not UNSET:
                d["object_type"] = _raw_object_type

        _raw_field_name = d.pop("field_name", UNSET)
        field_name: str
        if isinstance(_raw_field_name, str):
            field_name = _raw_field_name
        else:
            field_name = MISSING
            if _raw_field_name is not UNSET:
                d["field_name"] = _raw_field_name

        parsed_obj = cls(
            type_=type_,
            object_type=object_type,
            field_name=field_name,
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
