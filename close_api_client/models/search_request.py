from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_field_selection import SearchFieldSelection
    from ..models.search_query import SearchQuery
    from ..models.search_sort import SearchSort


T = TypeVar("T", bound="SearchRequest")


@_attrs_define
class SearchRequest:
    """An Advanced Filtering search, with cursor paging in the body.

    Attributes:
        query (SearchQuery): An Advanced Filtering query tree. Every node has a `type`: `and` / `or` (with
            `queries`), `object_type` (`lead` or `contact`), `field_condition` (`field` +
            `condition`), `has_related`, `saved_search`...; any node can carry `negate`.
        sort (list[SearchSort] | Unset):
        results_limit (int | None | Unset): The most objects the search may match in total.
        limit (int | Unset): Page size.
        cursor (None | str | Unset): The `cursor` of the previous page (valid for 30 seconds).
        fields (SearchFieldSelection | Unset): The fields to return per object type, e.g. `{"contact": ["id", "name"],
            "lead":
            ["id", "display_name"]}`.
        include_counts (bool | Unset): Also return `count` (total and limited number of matches).
    """

    query: SearchQuery
    sort: list[SearchSort] | Unset = UNSET
    results_limit: int | None | Unset = UNSET
    limit: int | Unset = UNSET
    cursor: None | str | Unset = UNSET
    fields: SearchFieldSelection | Unset = UNSET
    include_counts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query.to_dict()

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        results_limit: int | None | Unset
        if isinstance(self.results_limit, Unset):
            results_limit = UNSET
        else:
            results_limit = self.results_limit

        limit = self.limit

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        include_counts = self.include_counts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if sort is not UNSET:
            field_dict["sort"] = sort
        if results_limit is not UNSET:
            field_dict["results_limit"] = results_limit
        if limit is not UNSET:
            field_dict["_limit"] = limit
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if fields is not UNSET:
            field_dict["_fields"] = fields
        if include_counts is not UNSET:
            field_dict["include_counts"] = include_counts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_field_selection import SearchFieldSelection  # noqa: PLC0415
        from ..models.search_query import SearchQuery  # noqa: PLC0415
        from ..models.search_sort import SearchSort  # noqa: PLC0415

        d = dict(src_dict)
        query = SearchQuery.from_dict(d.pop("query"))

        _sort = d.pop("sort", UNSET)
        sort: list[SearchSort] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = SearchSort.from_dict(sort_item_data)

                sort.append(sort_item)

        def _parse_results_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        results_limit = _parse_results_limit(d.pop("results_limit", UNSET))

        limit = d.pop("_limit", UNSET)

        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))

        _fields = d.pop("_fields", UNSET)
        fields: SearchFieldSelection | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = SearchFieldSelection.from_dict(_fields)

        include_counts = d.pop("include_counts", UNSET)

        search_request = cls(
            query=query,
            sort=sort,
            results_limit=results_limit,
            limit=limit,
            cursor=cursor,
            fields=fields,
            include_counts=include_counts,
        )

        search_request.additional_properties = d
        return search_request

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
