from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_query_type import ReportQueryType
from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="ReportQuery")


@_attrs_define
class ReportQuery:
    """A filter for a report; for `type` `saved_search`, the leads of the Smart View `saved_search_id`.

    Attributes:
        type_ (ReportQueryType): The kind of report filter; only `saved_search` is documented.
        saved_search_id (str | Unset):
    """

    type_: ReportQueryType
    saved_search_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_.value
            field_dict["type"] = type_

        saved_search_id = self.saved_search_id
        if saved_search_id is not UNSET:
            field_dict["saved_search_id"] = saved_search_id

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
            raise not_an_object("ReportQuery", src_dict)
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            _fits = _raw_type_ is not UNSET
            if not _fits:
                raise TypeError()
            type_ = ReportQueryType(_raw_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_saved_search_id = d.pop("saved_search_id", UNSET)
        saved_search_id: str | Unset
        if isinstance(_raw_saved_search_id, str):
            saved_search_id = _raw_saved_search_id
        else:
            saved_search_id = UNSET
            if _raw_saved_search_id is not UNSET:
                d["saved_search_id"] = _raw_saved_search_id

        parsed_obj = cls(
            type_=type_,
            saved_search_id=saved_search_id,
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
