"""paginate/pages: each style's next-page rule, look-ahead, bad input, and errors surface."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import attrs
import httpx
import pytest
import respx

from close_api_client.api.leads import list_leads
from close_api_client.types import UNSET, Response, Unset
from custom import Paging, create_client, pages, paginate
from custom.errors import BadRequestError, NotFoundError, PaginationError

API_KEY = "api_SECRETKEY1234567890"
LEADS = "https://api.close.com/api/v1/lead/"
CLIENT = create_client(API_KEY)  # never used by the stand-in endpoints below


@attrs.define
class OffsetPage:
    data: list[int]
    has_more: bool


@attrs.define
class EventPage:
    data: list[int]
    cursor_next: str | None
    cursor_previous: str | None = None


@attrs.define
class SearchBody:
    query: dict[str, Any]
    cursor: str | None | Unset = UNSET
    limit: int | Unset = UNSET


@attrs.define
class SearchPage:
    data: list[int]
    cursor: str | None


def respond(parsed: Any) -> Response[Any]:
    return Response(status_code=200, content=b"", headers={"x-page": "1"}, parsed=parsed)


class OffsetEndpoint:
    """Stands in for a generated offset-paginated module over ``items``."""

    def __init__(self, items: list[int]) -> None:
        self.items = items
        self.calls: list[dict[str, Any]] = []

    async def asyncio_detailed(
        self, *, client: Any, skip: int | Unset = UNSET, limit: int | Unset = UNSET, query: str = ""
    ) -> Response[Any]:
        self.calls.append({"skip": skip, "limit": limit, "query": query})
        start, size = int(skip or 0), int(limit or 3)
        chunk = self.items[start : start + size]
        return respond(OffsetPage(chunk, start + size < len(self.items)))


class EventEndpoint:
    def __init__(self, items: list[int], size: int = 2) -> None:
        self.items, self.size = items, size
        self.cursors: list[str | Unset] = []

    async def asyncio_detailed(
        self, *, client: Any, cursor: str | Unset = UNSET, limit: int | Unset = UNSET
    ) -> Response[Any]:
        self.cursors.append(cursor)
        start = int(cursor[1:]) if isinstance(cursor, str) else 0
        end = start + self.size
        following = f"c{end}" if end < len(self.items) else None
        return respond(EventPage(self.items[start:end], following))


class SearchEndpoint:
    def __init__(self, items: list[int], size: int = 4) -> None:
        self.items, self.size = items, size
        self.bodies: list[SearchBody] = []

    async def asyncio_detailed(self, *, client: Any, body: SearchBody) -> Response[Any]:
        self.bodies.append(body)
        start = int(body.cursor[1:]) if isinstance(body.cursor, str) else 0
        size = body.limit if isinstance(body.limit, int) else self.size
        end = start + size
        return respond(
            SearchPage(self.items[start:end], f"s{end}" if end < len(self.items) else None)
        )


async def collect(iterator: Any) -> list[Any]:
    return [item async for item in iterator]


async def test_offset_pages_advance_by_items_received_until_has_more_is_false() -> None:
    endpoint = OffsetEndpoint(list(range(10)))
    got = await collect(paginate(endpoint, Paging(prefetch=1), client=CLIENT, query="x"))
    assert got == list(range(10))
    assert [c["skip"] for c in endpoint.calls] == [UNSET, 3, 6, 9]
    assert {c["query"] for c in endpoint.calls} == {"x"}


async def test_page_size_becomes_the_limit() -> None:
    endpoint = OffsetEndpoint(list(range(10)))
    got = await collect(paginate(endpoint, Paging(page_size=5, prefetch=1), client=CLIENT))
    assert got == list(range(10))
    assert [c["limit"] for c in endpoint.calls] == [5, 5]


async def test_event_cursor_follows_cursor_next() -> None:
    endpoint = EventEndpoint(list(range(7)))
    assert await collect(paginate(endpoint, client=CLIENT)) == list(range(7))
    assert endpoint.cursors == [UNSET, "c2", "c4", "c6"]


async def test_body_cursor_copies_the_body_and_never_touches_the_callers() -> None:
    endpoint = SearchEndpoint(list(range(9)))
    body = SearchBody(query={"type": "and"})
    items = await collect(paginate(endpoint, Paging(page_size=4), client=CLIENT, body=body))
    assert items == list(range(9))
    assert [(b.cursor, b.limit) for b in endpoint.bodies] == [(UNSET, 4), ("s4", 4), ("s8", 4)]
    assert body == SearchBody(query={"type": "and"})


async def test_pages_yield_the_parsed_page_with_its_headers() -> None:
    endpoint = OffsetEndpoint(list(range(4)))
    got = await collect(pages(endpoint, client=CLIENT))
    assert [p.items for p in got] == [[0, 1, 2], [3]]
    assert got[0].headers["x-page"] == "1" and isinstance(got[0].parsed, OffsetPage)


async def test_max_items_stops_both_the_items_and_the_requests() -> None:
    endpoint = OffsetEndpoint(list(range(100)))
    assert await collect(paginate(endpoint, Paging(max_items=5), client=CLIENT)) == [0, 1, 2, 3, 4]
    assert len(endpoint.calls) == 2


async def test_the_next_page_is_fetched_while_the_caller_handles_this_one() -> None:
    endpoint = OffsetEndpoint(list(range(9)))
    requested_while_handling: list[int] = []
    async for item in paginate(endpoint, Paging(prefetch=1), client=CLIENT):
        await asyncio.sleep(0)  # the caller's own work lets the look-ahead run
        if item % 3 == 2:  # the last item of each page
            requested_while_handling.append(len(endpoint.calls))
    assert requested_while_handling == [2, 3, 3]  # prefetch=1: one page ahead, never more


async def test_stopping_early_cancels_the_look_ahead() -> None:
    release = asyncio.Event()

    class Slow(OffsetEndpoint):
        async def asyncio_detailed(  # type: ignore[override]
            self, *, client: Any, skip: int | Unset = UNSET
        ) -> Response[Any]:
            if skip:
                await release.wait()
            return await super().asyncio_detailed(client=client, skip=skip)

    iterator = paginate(Slow(list(range(9))), client=CLIENT)
    assert await anext(iterator) == 0
    await iterator.aclose()
    await asyncio.sleep(0)
    assert asyncio.all_tasks() == {asyncio.current_task()}


def test_an_endpoint_that_is_not_a_list_is_refused() -> None:
    class NotAList:
        async def asyncio_detailed(self, *, client: Any, lead_id: str) -> None: ...

    with pytest.raises(TypeError, match="not a paginated list endpoint"):
        pages(NotAList(), client=CLIENT, lead_id="x")  # type: ignore[arg-type]


@respx.mock
async def test_a_generated_endpoint_pages_through_skip_and_limit() -> None:
    lead = {"id": "lead_1", "display_name": "Acme"}
    route = respx.get(LEADS).mock(
        side_effect=[
            httpx.Response(200, json={"data": [lead, lead], "has_more": True}),
            httpx.Response(200, json={"data": [lead], "has_more": False}),
        ]
    )
    leads = await collect(paginate(list_leads, Paging(page_size=2), client=create_client(API_KEY)))
    assert [lead.id for lead in leads] == ["lead_1"] * 3
    assert [dict(c.request.url.params) for c in route.calls] == [
        {"_limit": "2"},
        {"_limit": "2", "_skip": "2"},
    ]


@respx.mock
async def test_a_failing_page_raises_its_typed_error_after_the_earlier_items() -> None:
    respx.get(LEADS).mock(
        side_effect=[
            httpx.Response(200, json={"data": [{"id": "lead_1"}], "has_more": True}),
            httpx.Response(404, json={"error": "gone"}),
        ]
    )
    seen: list[str] = []
    with pytest.raises(NotFoundError):
        async for lead in paginate(list_leads, client=create_client(API_KEY)):
            seen.append(lead.id)
    assert seen == ["lead_1"]


@attrs.define
class Item:
    id: str
    date_created: dt.datetime


class CappedEndpoint:
    """A leads-like endpoint: ``_order_by``, ``date_created__gte`` and a cap on ``_skip``."""

    def __init__(self, items: list[Item], cap: int) -> None:
        self.items, self.cap = items, cap
        self.calls: list[tuple[int, dt.datetime | Unset]] = []

    async def asyncio_detailed(
        self,
        *,
        client: Any,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        date_created_gte: dt.datetime | Unset = UNSET,
    ) -> Response[Any]:
        start, size = int(skip or 0), int(limit or 3)
        self.calls.append((start, date_created_gte))
        if start > self.cap:
            raise BadRequestError(
                status_code=400,
                method="GET",
                path="/lead/",
                body={
                    "error": f"The skip you set is larger than the maximum (max_skip = {self.cap})"
                },
            )
        assert order_by == "date_created"
        rows = sorted(self.items, key=lambda i: (i.date_created, i.id))
        if isinstance(date_created_gte, dt.datetime):
            rows = [i for i in rows if i.date_created >= date_created_gte]
        return respond(OffsetPage(rows[start : start + size], start + size < len(rows)))  # type: ignore[arg-type]


def items_with_ties(count: int) -> list[Item]:
    base = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    # Three objects per millisecond, so windows start in the middle of a tie.
    return [Item(f"lead_{n:03d}", base + dt.timedelta(milliseconds=n // 3)) for n in range(count)]


@pytest.mark.parametrize("max_skip", [None, 6])
async def test_date_windows_yield_every_object_exactly_once_past_the_skip_cap(
    max_skip: int | None,
) -> None:
    items = items_with_ties(40)
    endpoint = CappedEndpoint(items, cap=6)
    paging = Paging(page_size=3, by_date_created=True, max_skip=max_skip, prefetch=2)
    got = await collect(paginate(endpoint, paging, client=CLIENT))
    assert [i.id for i in got] == [i.id for i in items]
    # An unknown cap is found by a 400; the prefetched page after it may have been asked too.
    assert max(start for start, _ in endpoint.calls) <= (12 if max_skip is None else 6)
    assert len({gte for _, gte in endpoint.calls}) > 3  # it really moved through windows


async def test_more_ties_than_the_cap_is_an_error_not_a_loop() -> None:
    base = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    endpoint = CappedEndpoint([Item(f"lead_{n:03d}", base) for n in range(20)], cap=6)
    with pytest.raises(PaginationError, match="share date_created"):
        await collect(paginate(endpoint, Paging(page_size=3, by_date_created=True), client=CLIENT))


def test_date_windows_need_an_endpoint_that_filters_on_date_created() -> None:
    with pytest.raises(TypeError, match="date_created windows"):
        paginate(OffsetEndpoint([1]), Paging(by_date_created=True), client=CLIENT)


# -- a cursor that never moves (issue 16 item 11) ----------------------------------------


class StuckEventEndpoint(EventEndpoint):
    """The event log answering ``cursor_next`` = a cursor already followed."""

    def __init__(self, cursors: list[str]) -> None:
        super().__init__(list(range(100)))
        self.answers = cursors

    async def asyncio_detailed(
        self, *, client: Any, cursor: str | Unset = UNSET, limit: int | Unset = UNSET
    ) -> Response[Any]:
        self.cursors.append(cursor)
        following = self.answers[min(len(self.cursors) - 1, len(self.answers) - 1)]
        return respond(EventPage([len(self.cursors)], following))


@pytest.mark.parametrize("answers", [["c1", "c1"], ["c1", "c2", "c1"]])
async def test_an_event_cursor_that_repeats_ends_the_walk_with_a_clear_error(
    answers: list[str],
) -> None:
    endpoint = StuckEventEndpoint(answers)
    seen: list[int] = []
    with pytest.raises(PaginationError, match="came back unchanged"):
        async for item in paginate(endpoint, client=CLIENT):
            seen.append(item)
    assert seen == list(range(1, len(answers) + 1))  # every page once, then the error
    assert len(endpoint.cursors) == len(answers)  # the repeated cursor was never requested


async def test_a_search_cursor_that_repeats_ends_the_walk_with_a_clear_error() -> None:
    class Stuck(SearchEndpoint):
        async def asyncio_detailed(self, *, client: Any, body: SearchBody) -> Response[Any]:
            self.bodies.append(body)
            return respond(SearchPage([len(self.bodies)], "same"))

    endpoint = Stuck([])
    with pytest.raises(PaginationError, match="body cursor came back unchanged"):
        await collect(paginate(endpoint, client=CLIENT, body=SearchBody(query={})))
    assert [b.cursor for b in endpoint.bodies] == [UNSET, "same"]


# -- bad input fails at the call (issue 15 item 6) ----------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"page_size": 0}, "page_size must be >= 1, got 0"),
        ({"page_size": -5}, "page_size must be >= 1, got -5"),
        ({"max_items": -1}, "max_items must be >= 0, got -1"),
        ({"prefetch": 0}, "prefetch must be >= 1, got 0"),
        ({"max_skip": -1}, "max_skip must be >= 0, got -1"),
    ],
)
def test_out_of_range_options_raise_value_error_when_made(
    options: dict[str, int], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Paging(**options)  # type: ignore[arg-type]


def test_a_non_integer_page_size_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="page_size must be an int, got str"):
        Paging(page_size="100")  # type: ignore[arg-type]


@pytest.mark.parametrize("limit", [0, -1])
def test_the_endpoints_own_limit_is_checked_at_the_call_too(limit: int) -> None:
    endpoint = OffsetEndpoint(list(range(10)))
    with pytest.raises(ValueError, match=f"limit must be >= 1, got {limit}"):
        paginate(endpoint, client=CLIENT, limit=limit)
    with pytest.raises(ValueError, match="body.limit must be >= 1"):
        paginate(SearchEndpoint([]), client=CLIENT, body=SearchBody(query={}, limit=limit))
    assert endpoint.calls == []


def test_something_else_than_paging_in_second_place_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="second argument of paginate/pages is a Paging"):
        paginate(OffsetEndpoint([]), 100, client=CLIENT)  # type: ignore[arg-type]


async def test_max_items_zero_yields_nothing_and_sends_nothing() -> None:
    endpoint = OffsetEndpoint(list(range(10)))
    assert await collect(paginate(endpoint, Paging(max_items=0), client=CLIENT)) == []
    assert endpoint.calls == []
