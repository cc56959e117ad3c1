"""Offset walks fetch several pages ahead (issue 13): order, exactly once, bounds, cancellation.

The stand-in endpoints hold every request until the test releases it, so which requests are
out at once is decided by the test, not by timing; the simulator tests share a fake clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import random
from collections import Counter
from typing import Any

import attrs
import httpx
import pytest
from close_fakes import FakeTime

from close_api_client.api.leads import list_leads
from close_api_client.types import UNSET, Response, Unset
from custom import Paging, create_client, paginate
from custom.errors import NotFoundError
from custom.simulator import CloseSimulator

CLIENT = create_client("api_SECRETKEY1234567890")  # never used by the stand-ins below


@attrs.define
class OffsetPage:
    data: list[int]
    has_more: bool
    total_results: int | Unset = UNSET


class HeldEndpoint:
    """Offset pages of ``sizes[k]`` items (the last size repeats); each request waits for
    ``release()`` (or answers at once with ``auto=True``)."""

    def __init__(
        self,
        count: int,
        sizes: list[int] | None = None,
        headers: dict[str, str] | None = None,
        total: bool = False,
        fail_at: int | None = None,
    ) -> None:
        self.count, self.sizes, self.total, self.fail_at = count, sizes or [3], total, fail_at
        self.headers = headers or {}
        self.skips: list[int] = []
        self.in_flight = self.most_in_flight = self.cancelled = 0
        self.released = asyncio.Event()
        self.released.set()

    def _size(self, skip: int) -> int:
        position, k = 0, 0
        while position < skip:
            position += self.sizes[min(k, len(self.sizes) - 1)]
            k += 1
        return self.sizes[min(k, len(self.sizes) - 1)]

    async def asyncio_detailed(
        self, *, client: Any, skip: int | Unset = UNSET, limit: int | Unset = UNSET
    ) -> Response[OffsetPage]:
        start = int(skip or 0)
        self.skips.append(start)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0)  # every request of a burst is out before any answers
            await self.released.wait()
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.in_flight -= 1
        if start == self.fail_at:
            raise NotFoundError(status_code=404, method="GET", path="/lead/", body={})
        end = min(self.count, start + self._size(start))
        page = OffsetPage(list(range(start, end)), end < self.count)
        if self.total:
            page.total_results = self.count
        return Response(status_code=200, content=b"", headers=self.headers, parsed=page)


async def collect(endpoint: HeldEndpoint, paging: Paging) -> list[int]:
    return [item async for item in paginate(endpoint, paging, client=CLIENT)]


async def test_pages_are_fetched_up_to_prefetch_ahead_and_come_out_in_order_once() -> None:
    endpoint = HeldEndpoint(60)
    assert await collect(endpoint, Paging(prefetch=4)) == list(range(60))
    assert endpoint.most_in_flight == 4
    assert sorted(set(endpoint.skips))[:20] == list(range(0, 60, 3))
    assert len(endpoint.skips) == len(set(endpoint.skips))  # no page asked twice
    assert len(endpoint.skips) <= 20 + 3  # at most prefetch - 1 asked past the end


async def test_prefetch_is_capped_by_the_groups_limit_from_the_ratelimit_header() -> None:
    endpoint = HeldEndpoint(60, headers={"ratelimit": "limit=2, remaining=1, reset=0.5"})
    assert await collect(endpoint, Paging()) == list(range(60))
    assert endpoint.most_in_flight == 2


async def test_no_page_is_asked_past_total_results() -> None:
    endpoint = HeldEndpoint(30, total=True)
    assert await collect(endpoint, Paging(prefetch=8)) == list(range(30))
    assert sorted(endpoint.skips) == list(range(0, 30, 3))


async def test_max_items_bounds_what_is_prefetched() -> None:
    endpoint = HeldEndpoint(300)
    assert await collect(endpoint, Paging(prefetch=8, max_items=5)) == [0, 1, 2, 3, 4]
    assert sorted(endpoint.skips) == [0, 3]


async def test_pages_of_another_size_than_planned_are_replanned_nothing_skipped_or_repeated() -> (
    None
):
    # Close may cap _limit: 5 asked, 4 given, then 2 (a page shorter than the rest).
    endpoint = HeldEndpoint(40, sizes=[4, 4, 2, 4, 3])
    got = await collect(endpoint, Paging(page_size=5, prefetch=3))
    assert got == list(range(40))


async def test_a_prefetched_page_that_fails_raises_after_the_earlier_items() -> None:
    endpoint = HeldEndpoint(30, fail_at=9)
    seen: list[int] = []
    with pytest.raises(NotFoundError):
        async for item in paginate(endpoint, Paging(prefetch=4), client=CLIENT):
            seen.append(item)
    assert seen == list(range(9))
    await asyncio.sleep(0)
    assert asyncio.all_tasks() == {asyncio.current_task()}


async def test_leaving_the_loop_cancels_every_prefetched_request() -> None:
    endpoint = HeldEndpoint(300)
    walk = paginate(endpoint, Paging(prefetch=6), client=CLIENT)
    assert await anext(walk) == 0  # page 0 answered; now hold everything after it
    endpoint.released.clear()
    assert await anext(walk) == 1
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert endpoint.in_flight == 6
    await walk.aclose()
    assert endpoint.cancelled == 6 and endpoint.in_flight == 0
    assert asyncio.all_tasks() == {asyncio.current_task()}


# -- against the simulator: the gate decides when each prefetched request goes -----------

START = dt.datetime(2026, 1, 15, 18, 0, tzinfo=dt.UTC)


class Concurrency:
    """ASGI middleware counting the requests inside the app at once (no wall clock)."""

    def __init__(self, app: Any) -> None:
        self.app, self.inside, self.most = app, 0, 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.inside += 1
        self.most = max(self.most, self.inside)
        try:
            for _ in range(5):
                await asyncio.sleep(0)  # let the other requests that were admitted arrive
            await self.app(scope, receive, send)
        finally:
            self.inside -= 1


@pytest.mark.parametrize("storm", [False, True])
async def test_a_prefetching_walk_sends_nothing_early_and_gets_no_429(
    fake_time: FakeTime, storm: bool
) -> None:
    sim = CloseSimulator(seed=7, clock=fake_time.clock, start_time=START)
    sim.seed_leads(200, contacts_per_lead=0, opportunities_per_lead=0)
    sim.set_rate_limit("GET", "/lead/", limit=5, window=1.0)
    app = Concurrency(sim.app)
    client = create_client(
        "test_key",
        transport=httpx.ASGITransport(app=app),
        clock=fake_time.clock,
        sleep=fake_time.sleep,
        rng=random.Random(3),
    )
    expected = [lead.id async for lead in paginate(list_leads, Paging(prefetch=1), client=client)]
    before = len(sim.requests)
    fake_time.now += 10.0  # a fresh window for the walk under test
    if storm:
        sim.storm("GET", "/lead/", requests=1, reset=2.0)  # its first page learns of a block
    async with contextlib.aclosing(paginate(list_leads, Paging(page_size=10), client=client)) as w:
        got = [lead.id async for lead in w]
    assert got == expected and len(got) == len(set(got)) == 200
    walk = sim.requests[before:]
    assert not [r for r in walk if r.before_reset]
    assert [r.status for r in walk].count(429) == int(storm)  # the storm's; the walk caused none
    assert 1 < app.most <= 5  # really concurrent, never past one window's budget
    per_window = Counter(int(r.time - walk[0].time) for r in walk)
    assert max(per_window.values()) <= 5
    assert len(walk) == 20 + int(storm)  # total_results: no page asked past the end
