from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_sort_direction import SearchSortDirection
from ..types import UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.search_sort_field import SearchSortField


T = TypeVar("T", bound="SearchSort")


@_attrs_define
class SearchSort:
    """One sort key.

    Attributes:
        direction (SearchSortDirection | Unset): Sort direction.
        field (SearchSortField | Unset): The field to sort by, as in queries, e.g.
            `{"type": "regular_field", "object_type": "lead", "field_name": "date_created"}`.
    """

    direction: SearchSortDirection | Unset = UNSET
    field: SearchSortField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        if direction is not UNSET:
            field_dict["direction"] = direction

        field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field, Unset):
            field = self.field.to_dict()
        if field is not UNSET:
            field_dict["field"] = field

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
            raise not_an_object("SearchSort", src_dict)
        from ..models.search_sort_field import SearchSortField  # noqa: PLC0415

        d = dict(src_dict)
        _raw_direction = d.pop("direction", UNSET)
        try:
            _direction = _raw_direction
            direction: SearchSortDirection | Unset
            if isinstance(_direction, Unset):
                direction = UNSET
            else:
                direction = SearchSortDirection(_direction)

        except (TypeError, ValueError, AttributeError, KeyError):
            direction = UNSET
            if _raw_direction is not UNSET:
                d["direction"] = _raw_direction

        _raw_field = d.pop("field", UNSET)
        try:
            _fits = _raw_field is UNSET or isinstance(_raw_field, dict)
            if not _fits:
                raise TypeError()
            _field = _raw_field
            field: SearchSortField | Unset
            if isinstance(_field, Unset):
                field = UNSET
            else:
                field = SearchSortField.from_dict(_field)

        except (TypeError, ValueError, AttributeError, KeyError):
            field = UNSET
            if _raw_field is not UNSET:
                d["field"] = _raw_field

        parsed_obj = cls(
            direction=direction,
            field=field,
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
