from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.search_field_condition_query import SearchFieldConditionQuery
    from ..models.search_has_related_query import SearchHasRelatedQuery
    from ..models.search_object_type_query import SearchObjectTypeQuery
    from ..models.search_or_query import SearchOrQuery
    from ..models.search_query import SearchQuery
    from ..models.search_saved_search_query import SearchSavedSearchQuery


T = TypeVar("T", bound="SearchAndQuery")


@_attrs_define
class SearchAndQuery:
    """Matches objects that match every one of `queries`.

    Attributes:
        type_ (Literal['and']):  Default: 'and'.
        queries (list[SearchAndQuery | SearchFieldConditionQuery | SearchHasRelatedQuery | SearchObjectTypeQuery |
            SearchOrQuery | SearchQuery | SearchSavedSearchQuery]):
        negate (bool | Unset):
    """

    queries: list[
        SearchAndQuery
        | SearchFieldConditionQuery
        | SearchHasRelatedQuery
        | SearchObjectTypeQuery
        | SearchOrQuery
        | SearchQuery
        | SearchSavedSearchQuery
    ]
    type_: Literal["and"] = "and"
    negate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.search_field_condition_query import SearchFieldConditionQuery  # noqa: PLC0415
        from ..models.search_has_related_query import SearchHasRelatedQuery  # noqa: PLC0415
        from ..models.search_object_type_query import SearchObjectTypeQuery  # noqa: PLC0415
        from ..models.search_or_query import SearchOrQuery  # noqa: PLC0415
        from ..models.search_saved_search_query import SearchSavedSearchQuery  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_
            field_dict["type"] = type_

        if not isinstance(self.queries, Unset):  # absent only if trimmed by _fields
            queries = []
            for queries_item_data in self.queries:
                queries_item: dict[str, Any]
                if isinstance(queries_item_data, SearchAndQuery):
                    queries_item = queries_item_data.to_dict()
                elif isinstance(queries_item_data, SearchOrQuery):
                    queries_item = queries_item_data.to_dict()
                elif isinstance(queries_item_data, SearchObjectTypeQuery):
                    queries_item = queries_item_data.to_dict()
                elif isinstance(queries_item_data, SearchFieldConditionQuery):
                    queries_item = queries_item_data.to_dict()
                elif isinstance(queries_item_data, SearchHasRelatedQuery):
                    queries_item = queries_item_data.to_dict()
                elif isinstance(queries_item_data, SearchSavedSearchQuery):
                    queries_item = queries_item_data.to_dict()
                else:
                    queries_item = queries_item_data.to_dict()

                queries.append(queries_item)

            field_dict["queries"] = queries

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
        return src.get("type") == "and"

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
            raise not_an_object("SearchAndQuery", src_dict)
        from ..models.search_field_condition_query import SearchFieldConditionQuery  # noqa: PLC0415
        from ..models.search_has_related_query import SearchHasRelatedQuery  # noqa: PLC0415
        from ..models.search_object_type_query import SearchObjectTypeQuery  # noqa: PLC0415
        from ..models.search_or_query import SearchOrQuery  # noqa: PLC0415
        from ..models.search_query import SearchQuery  # noqa: PLC0415
        from ..models.search_saved_search_query import SearchSavedSearchQuery  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["and"], d.pop("type"))
        if type_ != "and":
            raise ValueError(f"type must match const 'and', got '{type_}'")

        _raw_queries = d.pop("queries", UNSET)
        try:
            _fits = _raw_queries is not UNSET and isinstance(_raw_queries, list)
            if not _fits:
                raise TypeError()
            queries = []
            _queries = _raw_queries
            for queries_item_data in _queries:

                def _parse_queries_item(
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

                        componentsschemas_search_query_node_type_2 = (
                            SearchObjectTypeQuery.from_dict(data)
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

                        componentsschemas_search_query_node_type_4 = (
                            SearchHasRelatedQuery.from_dict(data)
                        )

                        return componentsschemas_search_query_node_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if not SearchSavedSearchQuery._carries_constants(data):
                            raise TypeError()

                        componentsschemas_search_query_node_type_5 = (
                            SearchSavedSearchQuery.from_dict(data)
                        )

                        return componentsschemas_search_query_node_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_search_query_node_type_6 = SearchQuery.from_dict(data)

                    return componentsschemas_search_query_node_type_6

                queries_item = _parse_queries_item(queries_item_data)

                queries.append(queries_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            queries = MISSING
            if _raw_queries is not UNSET:
                d["queries"] = _raw_queries

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
            queries=queries,
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
