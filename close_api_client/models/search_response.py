from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_a_page, not_an_object

if TYPE_CHECKING:
    from ..models.search_count import SearchCount
    from ..models.search_result import SearchResult


T = TypeVar("T", bound="SearchResponse")


@_attrs_define
class SearchResponse:
    """One page of search results; `cursor` is null on the last page.

    Attributes:
        data (list[SearchResult]):
        cursor (None | str | Unset):
        count (SearchCount | Unset): Numbers of matches (with `include_counts`).
    """

    data: list[SearchResult]
    cursor: None | str | Unset = UNSET
    count: SearchCount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.data, Unset):  # absent only if trimmed by _fields
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

            field_dict["data"] = data

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.count, Unset):
            count = self.count.to_dict()
        if count is not UNSET:
            field_dict["count"] = count

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

        This model is a list envelope, so its required fields are strict too: a body whose
        ``data`` is absent or not a list of objects is not a page, and raises ``TypeError``
        (``ResponseParseError`` from the endpoint function) instead of leaving ``data`` UNSET.
        """
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict: fast
            raise not_an_object("SearchResponse", src_dict)
        from ..models.search_count import SearchCount  # noqa: PLC0415
        from ..models.search_result import SearchResult  # noqa: PLC0415

        d = dict(src_dict)
        _raw_data = d.pop("data", UNSET)
        if _raw_data is UNSET or not isinstance(_raw_data, list):
            raise not_a_page("SearchResponse", "data", _raw_data)
        data = []
        _data = _raw_data
        for data_item_data in _data:
            data_item = SearchResult.from_dict(data_item_data)

            data.append(data_item)

        _raw_cursor = d.pop("cursor", UNSET)
        cursor: None | str | Unset
        if isinstance(_raw_cursor, str) or _raw_cursor is None:
            cursor = _raw_cursor
        else:
            cursor = UNSET
            if _raw_cursor is not UNSET:
                d["cursor"] = _raw_cursor

        _raw_count = d.pop("count", UNSET)
        try:
            _fits = _raw_count is UNSET or isinstance(_raw_count, dict)
            if not _fits:
                raise TypeError()
            _count = _raw_count
            count: SearchCount | Unset
            if isinstance(_count, Unset):
                count = UNSET
            else:
                count = SearchCount.from_dict(_count)

        except (TypeError, ValueError, AttributeError, KeyError):
            count = UNSET
            if _raw_count is not UNSET:
                d["count"] = _raw_count

        parsed_obj = cls(
            data=data,
            cursor=cursor,
            count=count,
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
