"""The gate anchors a window's end on when the request was sent (issue 21).

Unit tests on the ticket (the send time it records, what it tells the store) and end-to-end
runs against the simulator with a request and a response leg, on virtual time: the event
loop's clock jumps to the next timer when every task waits, so the simulator's legs, the
gate's waits and the release jitter all happen in order and nothing sleeps for real.
"""

from __future__ import annotations

import asyncio
import math
import random
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from close_fakes import FakeTime
from test_gate_in_flight import run_virtual

from close_api_client.api.leads import get_lead
from custom import CloseTransport, create_client, stats
from custom._ratelimit import RateLimitGate, RateLimitInfo
from custom._store import Admission, MemoryStore, _memory
from custom.simulator import CloseSimulator, Faults, RequestRecord

KEY = ("fp", "GET", "lead")


class Recording:
    """A store that admits at once (``early`` as told) and records what the gate says."""

    def __init__(self, early: bool = False) -> None:
        self.early = early
        self.answers: list[float | None] = []
        self.blocks: list[bool] = []

    async def admit(self, key: Any, *, org: Any, impatient: bool, jitter: Any) -> Admission:
        return Admission(lease="l1", early=self.early)

    async def answered(
        self, key: Any, lease: Any, info: Any, *, jitter: Any, sent: float | None = None
    ) -> None:
        self.answers.append(sent)

    async def release(self, key: Any, lease: str) -> None:
        pass

    async def block(
        self, key: Any, wait: float, *, limit: Any, org: Any, avoidable: bool = False
    ) -> float:
        self.blocks.append(avoidable)
        return wait

    async def blocked_for(self, key: Any, *, org: Any = None) -> float:
        return 0.0

    async def in_flight(self, key: Any) -> int:
        return 0

    async def aclose(self) -> None:
        pass


async def test_the_ticket_tells_the_store_how_long_ago_its_request_was_sent(
    fake_time: FakeTime,
) -> None:
    store = Recording()
    gate = RateLimitGate(fake_time.clock, fake_time.sleep, store=store)  # type: ignore[arg-type]
    async with await gate.admit(KEY) as ticket:
        assert ticket.sent_at == fake_time.now  # admission is the send time by default
        fake_time.now += 0.5  # waiting for a connection, say
        ticket.sending()  # the transport stamps the real send time
        fake_time.now += 0.25
        await ticket.answered(RateLimitInfo(limit=5, remaining=4, reset=0.5))
    assert store.answers == [pytest.approx(0.25)]


async def test_a_429_is_avoidable_only_when_the_transport_says_its_request_went_early(
    fake_time: FakeTime,
) -> None:
    store = Recording(early=True)
    gate = RateLimitGate(fake_time.clock, fake_time.sleep, store=store)  # type: ignore[arg-type]
    async with await gate.admit(KEY) as ticket:
        assert ticket.early  # the store admitted it on the earlier bound
        await gate.block(KEY, 1.0, avoidable=ticket.early)  # as the transport does
    await gate.block(KEY, 1.0)  # any other 429 (a caller's own) is not
    assert store.blocks == [True, False]


async def test_the_transport_reports_a_429_to_an_early_request_as_avoidable(
    fake_time: FakeTime,
) -> None:
    for early in (True, False):
        statuses = [429, 200]
        store = Recording(early=early)
        transport = CloseTransport(
            httpx.MockTransport(lambda _, answers=statuses: _answer(answers.pop(0))),
            clock=fake_time.clock,
            sleep=fake_time.sleep,
            store=store,  # type: ignore[arg-type]
        )
        async with httpx.AsyncClient(transport=transport, base_url="http://close.test") as http:
            assert (await http.get("/lead/")).status_code == 200
        assert store.blocks == [early]


def _answer(status: int) -> httpx.Response:
    return httpx.Response(status, headers={"retry-after": "1"}, json={})


# -- end to end, virtual time -------------------------------------------------------------


def _window_starts(records: list[RequestRecord]) -> list[float]:
    """When the simulator opened each window (the first request it counted after the last)."""
    starts: list[float] = []
    for at in sorted(r.handled for r in records if r.status == 200):
        if not starts or at >= starts[-1] + 1.0:
            starts.append(at)
    return starts


def _walk(
    seed: int, jitter: float, requests: int = 200, up: float = 0.125, down: float = 0.125
) -> tuple[list[RequestRecord], int]:
    """20 tasks fetching ``requests`` leads through one client, limit 10/s."""

    async def main(clock: Callable[[], float]) -> tuple[list[RequestRecord], int]:
        sim = CloseSimulator(seed=seed, clock=clock)
        ids = sim.seed_leads(3)
        sim.set_rate_limit("GET", "/lead/", limit=10, window=1.0)
        sim.faults = Faults(
            latency_request=up, latency_response=down, latency_jitter=jitter, latency_seed=seed
        )
        client = create_client(
            "test_key",
            transport=httpx.ASGITransport(app=sim.app),
            clock=clock,
            sleep=asyncio.sleep,
            rng=random.Random(seed),
        )
        queue = [ids[n % 3] for n in range(requests)]

        async def worker() -> None:
            while queue:
                await get_lead.asyncio(queue.pop(), client=client)

        await asyncio.gather(*(worker() for _ in range(20)))
        return [r for r in sim.requests if r.group == "GET /lead/"], stats(client).rate_limited

    return run_virtual(main)


@pytest.fixture
def receive_anchored(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The gate before issue 21: every window released at receive time + reset."""
    monkeypatch.setattr(_memory, "_release_at", lambda state, now: state.window_end)
    yield


def _mean_gap(records: list[RequestRecord]) -> float:
    starts = _window_starts(records)
    return (starts[-1] - starts[1]) / (len(starts) - 2)  # from the first window told


@pytest.mark.parametrize(("up", "down"), [(0.125, 0.125), (0.25, 0.0), (0.0, 0.25)])
def test_windows_follow_each_other_at_any_split_of_the_round_trip(up: float, down: float) -> None:
    records, throttled = _walk(seed=1, jitter=0.0, up=up, down=down)
    assert [r.status for r in records] == [200] * len(records)
    assert not [r for r in records if r.before_reset]
    assert throttled == 0
    # A window apart plus the release jitter (1-5 ms); no latency in between.
    assert 1.001 <= _mean_gap(records) <= 1.005 + 1e-9


def test_the_receive_anchored_gate_loses_a_round_trip_per_window(receive_anchored: None) -> None:
    records, throttled = _walk(seed=1, jitter=0.0)
    assert throttled == 0 and not [r for r in records if r.before_reset]
    assert _mean_gap(records) >= 1.25  # the ceiling the issue is about: 1 / (1 + 0.25)


@pytest.mark.parametrize("seed", range(1, 6))
def test_request_leg_jitter_sends_nothing_early(seed: int) -> None:
    # Up to 20 ms more on each leg, per request: the guard learns it from the answers.
    records, throttled = _walk(seed=seed, jitter=0.02)
    assert not [r for r in records if r.before_reset]
    assert [r for r in records if r.status == 429] == []
    assert throttled == 0
    assert _mean_gap(records) <= 1.0 + 0.02 + 0.005  # at most the jitter and release jitter


def test_a_lone_answer_teaches_no_guard() -> None:
    store = MemoryStore(lambda: 0.0)
    state = store._state(KEY)
    state.early = [5.0]
    _memory._close_window(state)
    assert state.guard is None and state.early == []
    assert math.isfinite(state.window_end)


def test_the_simulator_counts_a_request_when_its_request_leg_ends() -> None:
    async def main(clock: Callable[[], float]) -> tuple[list[RequestRecord], float]:
        sim = CloseSimulator(seed=2, clock=clock)
        sim.set_rate_limit("GET", "/lead/", limit=5, window=1.0)
        sim.faults = Faults(latency_request=0.1, latency_response=0.3)
        async with sim.client() as http:
            began = clock()
            response = await http.get("lead/")
            assert response.headers["ratelimit"] == "limit=5, remaining=4, reset=1"
            return sim.requests, clock() - began

    (record,), round_trip = run_virtual(main)
    assert record.handled - record.time == pytest.approx(0.1)
    assert round_trip == pytest.approx(0.4)
