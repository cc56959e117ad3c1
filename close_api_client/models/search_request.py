from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.search_and_query import SearchAndQuery
    from ..models.search_field_condition_query import SearchFieldConditionQuery
    from ..models.search_field_selection import SearchFieldSelection
    from ..models.search_has_related_query import SearchHasRelatedQuery
    from ..models.search_object_type_query import SearchObjectTypeQuery
    from ..models.search_or_query import SearchOrQuery
    from ..models.search_query import SearchQuery
    from ..models.search_saved_search_query import SearchSavedSearchQuery
    from ..models.search_sort import SearchSort


T = TypeVar("T", bound="SearchRequest")


@_attrs_define
class SearchRequest:
    """An Advanced Filtering search, with cursor paging in the body.

    Attributes:
        query (SearchAndQuery | SearchFieldConditionQuery | SearchHasRelatedQuery | SearchObjectTypeQuery |
            SearchOrQuery | SearchQuery | SearchSavedSearchQuery): A node of an Advanced Filtering query tree, told apart by
            `type`: `and`, `or`,
            `object_type`, `field_condition`, `has_related`, `saved_search`, then any other node as
            `SearchQuery`. Every node can carry `negate: true`. Members are tried in order; a typed
            member only for a node whose `type` is its constant.
        sort (list[SearchSort] | Unset):
        results_limit (int | None | Unset): The most objects the search may match in total.
        limit (int | Unset): Page size.
        cursor (None | str | Unset): The `cursor` of the previous page (valid for 30 seconds).
        fields (SearchFieldSelection | Unset): The fields to return per object type, e.g. `{"contact": ["id", "name"],
            "lead":
            ["id", "display_name"]}`.
        include_counts (bool | Unset): Also return `count` (total and limited number of matches).
    """

    query: (
        SearchAndQuery
        | SearchFieldConditionQuery
        | SearchHasRelatedQuery
        | SearchObjectTypeQuery
        | SearchOrQuery
        | SearchQuery
        | SearchSavedSearchQuery
    )
    sort: list[SearchSort] | Unset = UNSET
    results_limit: int | None | Unset = UNSET
    limit: int | Unset = UNSET
    cursor: None | str | Unset = UNSET
    fields: SearchFieldSelection | Unset = UNSET
    include_counts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.search_and_query import SearchAndQuery  # noqa: PLC0415
        from ..models.search_field_condition_query import SearchFieldConditionQuery  # noqa: PLC0415
        from ..models.search_has_related_query import SearchHasRelatedQuery  # noqa: PLC0415
        from ..models.search_object_type_query import SearchObjectTypeQuery  # noqa: PLC0415
        from ..models.search_or_query import SearchOrQuery  # noqa: PLC0415
        from ..models.search_saved_search_query import SearchSavedSearchQuery  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.query, Unset):  # absent only if trimmed by _fields
            query: dict[str, Any]
            if isinstance(self.query, SearchAndQuery):
                query = self.query.to_dict()
            elif isinstance(self.query, SearchOrQuery):
                query = self.query.to_dict()
            elif isinstance(self.query, SearchObjectTypeQuery):
                query = self.query.to_dict()
            elif isinstance(self.query, SearchFieldConditionQuery):
                query = self.query.to_dict()
            elif isinstance(self.query, SearchHasRelatedQuery):
                query = self.query.to_dict()
            elif isinstance(self.query, SearchSavedSearchQuery):
                query = self.query.to_dict()
            else:
                query = self.query.to_dict()

            field_dict["query"] = query

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        if sort is not UNSET:
            field_dict["sort"] = sort

        results_limit: int | None | Unset
        if isinstance(self.results_limit, Unset):
            results_limit = UNSET
        else:
            results_limit = self.results_limit
        if results_limit is not UNSET:
            field_dict["results_limit"] = results_limit

        limit = self.limit
        if limit is not UNSET:
            field_dict["_limit"] = limit

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()
        if fields is not UNSET:
            field_dict["_fields"] = fields

        include_counts = self.include_counts
        if include_counts is not UNSET:
            field_dict["include_counts"] = include_counts

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
            raise not_an_object("SearchRequest", src_dict)
        from ..models.search_and_query import SearchAndQuery  # noqa: PLC0415
        from ..models.search_field_condition_query import SearchFieldConditionQuery  # noqa: PLC0415
        from ..models.search_field_selection import SearchFieldSelection  # noqa: PLC0415
        from ..models.search_has_related_query import SearchHasRelatedQuery  # noqa: PLC0415
        from ..models.search_object_type_query import SearchObjectTypeQuery  # noqa: PLC0415
        from ..models.search_or_query import SearchOrQuery  # noqa: PLC0415
        from ..models.search_query import SearchQuery  # noqa: PLC0415
        from ..models.search_saved_search_query import SearchSavedSearchQuery  # noqa: PLC0415
        from ..models.search_sort import SearchSort  # noqa: PLC0415

        d = dict(src_dict)
        _raw_query = d.pop("query", UNSET)
        try:
            _fits = _raw_query is not UNSET
            if not _fits:
                raise TypeError()

            def _parse_query(
                data: object,
            ) -> (
                SearchAndQuery
                | SearchFieldConditionQuery
                | SearchHasRelatedQuery
                | SearchObjectTypeQuery
                | SearchOrQuery
                | SearchQuery
                | SearchSavedSearchQuery
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not SearchAndQuery._carries_constants(data):
                        raise TypeError()

                    componentsschemas_search_query_node_type_0 = SearchAndQuery.from_dict(data)

                    return componentsschemas_search_query_node_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not SearchOrQuery._carries_constants(data):
                        raise TypeError()

                    componentsschemas_search_query_node_type_1 = SearchOrQuery.from_dict(data)

                    return componentsschemas_search_query_node_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not SearchObjectTypeQuery._carries_constants(data):
                        raise TypeError()

                    componentsschemas_search_query_node_type_2 = SearchObjectTypeQuery.from_dict(
                        data
                    )

                    return componentsschemas_search_query_node_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not SearchFieldConditionQuery._carries_constants(data):
                        raise TypeError()

                    componentsschemas_search_query_node_type_3 = (
                        SearchFieldConditionQuery.from_dict(data)
                    )

                    return componentsschemas_search_query_node_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not SearchHasRelatedQuery._carries_constants(data):
                        raise TypeError()

                    componentsschemas_search_query_node_type_4 = SearchHasRelatedQuery.from_dict(
                        data
                    )

                    return componentsschemas_search_query_node_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not SearchSavedSearchQuery._carries_constants(data):
                        raise TypeError()

                    componentsschemas_search_query_node_type_5 = SearchSavedSearchQuery.from_dict(
                        data
                    )

                    return componentsschemas_search_query_node_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_query_node_type_6 = SearchQuery.from_dict(data)

                return componentsschemas_search_query_node_type_6

            query = _parse_query(_raw_query)

        except (TypeError, ValueError, AttributeError, KeyError):
            query = MISSING
            if _raw_query is not UNSET:
                d["query"] = _raw_query

        _raw_sort = d.pop("sort", UNSET)
        try:
            _fits = _raw_sort is UNSET or isinstance(_raw_sort, list)
            if not _fits:
                raise TypeError()
            _sort = _raw_sort
            sort: list[SearchSort] | Unset = UNSET
            if _sort is not UNSET:
                sort = []
                for sort_item_data in _sort:
                    sort_item = SearchSort.from_dict(sort_item_data)

                    sort.append(sort_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            sort = UNSET
            if _raw_sort is not UNSET:
                d["sort"] = _raw_sort

        _raw_results_limit = d.pop("results_limit", UNSET)
        results_limit: int | None | Unset
        if (
            isinstance(_raw_results_limit, int) and not isinstance(_raw_results_limit, bool)
        ) or _raw_results_limit is None:
            results_limit = _raw_results_limit
        else:
            results_limit = UNSET
            if _raw_results_limit is not UNSET:
                d["results_limit"] = _raw_results_limit

        _raw_limit = d.pop("_limit", UNSET)
        limit: int | Unset
        if isinstance(_raw_limit, int) and not isinstance(_raw_limit, bool):
            limit = _raw_limit
        else:
            limit = UNSET
            if _raw_limit is not UNSET:
                d["_limit"] = _raw_limit

        _raw_cursor = d.pop("cursor", UNSET)
        cursor: None | str | Unset
        if isinstance(_raw_cursor, str) or _raw_cursor is None:
            cursor = _raw_cursor
        else:
            cursor = UNSET
            if _raw_cursor is not UNSET:
                d["cursor"] = _raw_cursor

        _raw_fields = d.pop("_fields", UNSET)
        try:
            _fits = _raw_fields is UNSET or isinstance(_raw_fields, dict)
            if not _fits:
                raise TypeError()
            _fields = _raw_fields
            fields: SearchFieldSelection | Unset
            if isinstance(_fields, Unset):
                fields = UNSET
            else:
                fields = SearchFieldSelection.from_dict(_fields)

        except (TypeError, ValueError, AttributeError, KeyError):
            fields = UNSET
            if _raw_fields is not UNSET:
                d["_fields"] = _raw_fields

        _raw_include_counts = d.pop("include_counts", UNSET)
        include_counts: bool | Unset
        if isinstance(_raw_include_counts, bool):
            include_counts = _raw_include_counts
        else:
            include_counts = UNSET
            if _raw_include_counts is not UNSET:
                d["include_counts"] = _raw_include_counts

        parsed_obj = cls(
            query=query,
            sort=sort,
            results_limit=results_limit,
            limit=limit,
            cursor=cursor,
            fields=fields,
            include_counts=include_counts,
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
