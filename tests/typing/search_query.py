"""An Advanced Filtering query is built from typed nodes and walked with paginate."""

from typing import reveal_type

from close_api_client import AuthenticatedClient
from close_api_client.api.advanced_filtering import search
from close_api_client.models import (
    SearchAndQuery,
    SearchFieldConditionQuery,
    SearchHasRelatedQuery,
    SearchObjectTypeQuery,
    SearchRegularField,
    SearchRequest,
    SearchTextCondition,
    SearchTextMode,
)
from custom import paginate


async def ceos(client: AuthenticatedClient) -> list[str]:
    title_is_ceo = SearchFieldConditionQuery(
        field=SearchRegularField(object_type="contact", field_name="title"),
        condition=SearchTextCondition(mode=SearchTextMode.FULL_WORDS, value="CEO"),
    )
    query = SearchAndQuery(
        queries=[
            SearchObjectTypeQuery(object_type="lead"),
            SearchHasRelatedQuery(related_object_type="contact", related_query=title_is_ceo),
        ]
    )
    body = SearchRequest(query=query, limit=50)
    reveal_type(body.query)
    return [hit.id async for hit in paginate(search, client=client, body=body)]
