"""The ``advanced_filtering`` operations: one module each, and ``AdvancedFilteringResource`` (``close.advanced_filtering``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.search_and_query import SearchAndQuery
    from ...models.search_field_condition_query import SearchFieldConditionQuery
    from ...models.search_field_selection import SearchFieldSelection
    from ...models.search_has_related_query import SearchHasRelatedQuery
    from ...models.search_object_type_query import SearchObjectTypeQuery
    from ...models.search_or_query import SearchOrQuery
    from ...models.search_query import SearchQuery
    from ...models.search_request import SearchRequest
    from ...models.search_response import SearchResponse
    from ...models.search_result import SearchResult
    from ...models.search_saved_search_query import SearchSavedSearchQuery
    from ...models.search_sort import SearchSort


class AdvancedFilteringResource:
    """The ``advanced_filtering`` operations as methods: ``close.advanced_filtering.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``advanced_filtering.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @overload
    def search(
        self,
        *,
        query: SearchAndQuery
        | SearchFieldConditionQuery
        | SearchHasRelatedQuery
        | SearchObjectTypeQuery
        | SearchOrQuery
        | SearchQuery
        | SearchSavedSearchQuery,
        sort: list[SearchSort] | Unset = UNSET,
        results_limit: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        fields: SearchFieldSelection | Unset = UNSET,
        include_counts: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[SearchResult, SearchResponse]: ...

    @overload
    def search(
        self,
        *,
        body: SearchRequest,
        x_tz_offset: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[SearchResult, SearchResponse]: ...

    def search(
        self,
        *,
        query: SearchAndQuery
        | SearchFieldConditionQuery
        | SearchHasRelatedQuery
        | SearchObjectTypeQuery
        | SearchOrQuery
        | SearchQuery
        | SearchSavedSearchQuery
        | Unset = UNSET,
        sort: list[SearchSort] | Unset = UNSET,
        results_limit: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        fields: SearchFieldSelection | Unset = UNSET,
        include_counts: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SearchRequest | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[SearchResult, SearchResponse]:
        """Search leads or contacts with structured filters

         Runs an Advanced Filtering query (a tree of `and`/`or`, `object_type`, `field_condition`,
        `has_related`... clauses) and returns matching leads or contacts, with the `_fields` asked
        for per object type. Paginate by sending back `cursor`; a cursor expires after 30 seconds
        and one walk returns at most 10,000 objects. Relative dates follow `x-tz-offset`.

        Paginates by body cursor (`cursor` in the body and the response): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            query (SearchAndQuery | SearchFieldConditionQuery | SearchHasRelatedQuery |
                SearchObjectTypeQuery | SearchOrQuery | SearchQuery | SearchSavedSearchQuery): A node of
                an Advanced Filtering query tree, told apart by `type`: `and`, `or`,
                `object_type`, `field_condition`, `has_related`, `saved_search`, then any other node as
                `SearchQuery`. Every node can carry `negate: true`. Members are tried in order; a typed
                member only for a node whose `type` is its constant.
            sort (list[SearchSort] | Unset):
            results_limit (int | None | Unset): The most objects the search may match in total.
            limit (int | Unset): Page size.
            cursor (None | str | Unset): The `cursor` of the previous page (valid for 30 seconds).
            fields (SearchFieldSelection | Unset): The fields to return per object type, e.g.
                `{"contact": ["id", "name"], "lead":
                ["id", "display_name"]}`.
            include_counts (bool | Unset): Also return `count` (total and limited number of matches).
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SearchRequest | Unset): The whole request body instead of the keyword
                arguments above (not both).
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `search.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Listing[SearchResult, SearchResponse]
        """

        if isinstance(body, Unset):
            if isinstance(query, Unset):
                raise TypeError("search() needs query= (or body=)")
            from ...models.search_request import SearchRequest

            body = SearchRequest(
                query=query,
                sort=sort,
                results_limit=results_limit,
                limit=limit,
                cursor=cursor,
                fields=fields,
                include_counts=include_counts,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                query,
                sort,
                results_limit,
                limit,
                cursor,
                fields,
                include_counts,
                custom,
            )
        ):
            raise TypeError("search() takes body= or field keywords, not both")

        from custom._listing import Listing

        from . import search

        return Listing(
            search,
            paging,
            client=self._client,
            body=body,
            x_tz_offset=x_tz_offset,
        )
