"""The gate counts each group's requests in flight, and probes a group whose limit is unknown.

Deterministic: virtual time (``FakeTime``), and responses released by the test, so nothing
sleeps for real and every interleaving is the one written here.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import selectors
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx
import pytest
from close_fakes import FakeTime

from close_api_client import AuthenticatedClient
from close_api_client.api.leads import get_lead
from custom import create_client, stats
from custom._ratelimit import PROBE_PATIENCE, GatePass, RateLimitGate, RateLimitInfo
from custom.simulator import CloseSimulator, Faults

KEY = ("fp", "GET", "lead")
NO_SIGNAL = RateLimitInfo()
T = TypeVar("T")


def gate_for(fake_time: FakeTime) -> RateLimitGate:
    return RateLimitGate(fake_time.clock, fake_time.sleep)


async def unlimited(gate: RateLimitGate) -> None:
    """Get past the probe with an answer that carries no limit: the group goes unthrottled."""
    async with await gate.admit(KEY) as probe:
        await probe.answered(NO_SIGNAL)


# -- in flight ---------------------------------------------------------------------------


async def test_remaining_is_reduced_by_the_requests_still_in_flight(fake_time: FakeTime) -> None:
    gate = gate_for(fake_time)
    await unlimited(gate)
    passes = [await gate.admit(KEY) for _ in range(4)]
    assert await gate.in_flight(KEY) == 4
    # The first answer: 3 left, but the other 3 requests in flight are not counted yet.
    await passes[0].answered(RateLimitInfo(limit=5, remaining=3, reset=1.0))
    await passes[0].close()
    assert await gate.in_flight(KEY) == 3
    assert await gate.acquire(KEY) == 1.0  # 3 - 3 = 0 may still go: wait for the reset
    assert fake_time.now == 1001.0


async def test_only_remaining_minus_in_flight_goes_before_the_reset(fake_time: FakeTime) -> None:
    gate = gate_for(fake_time)
    await unlimited(gate)
    passes = [await gate.admit(KEY) for _ in range(3)]
    await passes[0].answered(RateLimitInfo(limit=10, remaining=6, reset=1.0))  # 6 - 2 in flight
    waits = [await gate.acquire(KEY) for _ in range(5)]
    assert waits == [0.0] * 4 + [1.0]


async def test_a_request_that_fails_or_is_cancelled_stops_counting(fake_time: FakeTime) -> None:
    gate = gate_for(fake_time)
    await unlimited(gate)
    with pytest.raises(httpx.ConnectError):
        async with await gate.admit(KEY):
            raise httpx.ConnectError("refused")
    assert await gate.in_flight(KEY) == 0

    sending = asyncio.Event()

    async def request() -> None:
        async with await gate.admit(KEY):
            sending.set()
            await asyncio.Event().wait()  # the response never comes

    task = asyncio.create_task(request())
    await sending.wait()
    assert await gate.in_flight(KEY) == 1
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await gate.in_flight(KEY) == 0


async def test_an_answered_request_is_counted_once(fake_time: FakeTime) -> None:
    gate = gate_for(fake_time)
    await unlimited(gate)
    async with await gate.admit(KEY) as ticket:
        await ticket.answered(RateLimitInfo(limit=5, remaining=4, reset=1.0))
        await ticket.answered(RateLimitInfo(limit=5, remaining=4, reset=1.0))
        assert await gate.in_flight(KEY) == 0
    assert await gate.in_flight(KEY) == 0


# -- the probe ---------------------------------------------------------------------------


async def test_an_unknown_group_sends_one_request_and_waits_for_its_headers(
    fake_time: FakeTime,
) -> None:
    gate = gate_for(fake_time)
    sent: list[tuple[int, float]] = []
    answer = asyncio.Event()

    async def request(n: int) -> None:
        async with await gate.admit(KEY) as ticket:
            sent.append((n, fake_time.now))
            if ticket.probe:
                await answer.wait()
                await ticket.answered(RateLimitInfo(limit=3, remaining=2, reset=1.0))
            else:
                await ticket.answered(NO_SIGNAL)

    tasks = [asyncio.create_task(request(n)) for n in range(6)]
    for _ in range(5):
        await asyncio.sleep(0)
    assert sent == [(0, 1000.0)]  # the first went at once; the others wait for its headers
    answer.set()
    await asyncio.gather(*tasks)
    # Then the announced 2 at once, and the rest only after the reset, the limit at a time.
    assert [at for _, at in sent] == [1000.0] * 3 + [1001.0] * 3


async def test_the_probe_is_once_per_group_and_a_lone_request_never_waits(
    fake_time: FakeTime,
) -> None:
    gate = gate_for(fake_time)
    first = await gate.admit(KEY)
    assert first.probe and first.waited == 0.0
    other = await gate.admit(("fp", "GET", "contact"))  # another group: its own probe
    assert other.probe and other.waited == 0.0
    await first.answered(NO_SIGNAL)  # no limit announced: the group is not throttled
    await first.close()
    followers = [await gate.admit(KEY) for _ in range(3)]
    assert not any(ticket.probe for ticket in followers)
    assert await gate.in_flight(KEY) == 3


async def test_a_failed_probe_hands_the_probe_to_one_waiter(fake_time: FakeTime) -> None:
    gate = gate_for(fake_time)
    probe = await gate.admit(KEY)
    waiters = [asyncio.create_task(gate.admit(KEY)) for _ in range(3)]
    await asyncio.sleep(0)
    assert not any(task.done() for task in waiters)
    await probe.close()  # e.g. a connection error: nothing was learned
    for _ in range(5):
        await asyncio.sleep(0)
    done = [task.result() for task in waiters if task.done()]
    assert len(done) == 1 and done[0].probe  # one probes again; two still wait
    await done[0].answered(RateLimitInfo(limit=5, remaining=4, reset=1.0))
    await done[0].close()
    rest: list[GatePass] = await asyncio.gather(*(t for t in waiters if t is not waiters[0]))
    assert not any(ticket.probe for ticket in rest)


async def test_a_cancelled_probe_waiter_leaves_the_gate_as_it_was(fake_time: FakeTime) -> None:
    gate = gate_for(fake_time)
    probe = await gate.admit(KEY)
    waiter = asyncio.create_task(gate.admit(KEY))
    await asyncio.sleep(0)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    assert await gate.in_flight(KEY) == 1  # only the probe
    await probe.answered(RateLimitInfo(limit=5, remaining=4, reset=1.0))
    await probe.close()
    assert (await gate.admit(KEY)).waited == 0.0


# -- through the transport, against the simulator ----------------------------------------


class _VirtualSelector(selectors.SelectSelector):
    """Polls the real file descriptors without blocking; a timeout advances virtual time."""

    def __init__(self, clock: list[float]) -> None:
        super().__init__()
        self.clock = clock

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        ready = super().select(0)
        if not ready and timeout is not None and timeout > 0:
            self.clock[0] += timeout
        return ready


class _VirtualLoop(asyncio.SelectorEventLoop):
    """An event loop on virtual time: when every task waits, the clock jumps to the next timer.

    Unlike ``FakeTime``, sleepers wake in deadline order and the clock stands still while any
    task can run, so requests overlap as they would on a network (the simulator's injected
    latency is an ``asyncio.sleep``) and nothing sleeps for real.
    """

    def __init__(self, clock: list[float]) -> None:
        super().__init__(_VirtualSelector(clock))
        self._virtual = clock

    def time(self) -> float:
        return self._virtual[0]


def run_virtual(main: Callable[[Callable[[], float]], Awaitable[T]]) -> T:
    clock = [1000.0]
    loop = _VirtualLoop(clock)
    try:
        return loop.run_until_complete(main(lambda: clock[0]))
    finally:
        loop.close()


def test_twenty_tasks_on_an_unknown_limit_with_latency_collect_no_429() -> None:
    async def main(clock: Callable[[], float]) -> tuple[CloseSimulator, AuthenticatedClient]:
        sim = CloseSimulator(seed=7, clock=clock)
        ids = sim.seed_leads(3)
        sim.set_rate_limit("GET", "/lead/", limit=5, window=1.0)
        sim.faults = Faults(latency=0.05)
        client = create_client(
            "test_key",
            transport=httpx.ASGITransport(app=sim.app),
            clock=clock,
            sleep=asyncio.sleep,
            rng=random.Random(3),
        )
        queue = [ids[n % 3] for n in range(40)]

        async def worker() -> None:
            while queue:
                assert await get_lead.asyncio(queue.pop(), client=client) is not None

        await asyncio.gather(*(worker() for _ in range(20)))
        return sim, client

    sim, client = run_virtual(main)
    group = [r for r in sim.requests if r.group == "GET /lead/"]
    assert [r.status for r in group] == [200] * 40  # no 429 at all, first window included
    assert not [r for r in group if r.before_reset]
    assert stats(client).rate_limited == 0
    bursts = sorted(Counter(r.time for r in group).items())
    # The probe went alone; its answer (remaining=4, one round trip later) let 4 follow.
    assert [count for _, count in bursts] == [1, 4] + [5] * 7
    assert bursts[1][0] - bursts[0][0] == pytest.approx(0.05)
    # Then the limit at a time, each burst at the announced reset plus the release jitter:
    # the simulator starts a window when it handles a request, one latency after it arrived
    # (the first window: when it handled the probe). The gate anchors the window's end on
    # when the announcing request was *sent* (issue 21), so the next burst leaves one window
    # after the last one left and reaches the simulator one latency later, when that window
    # is over: a window apart, not a window plus the latency. Only once a window with two
    # answers has shown how the request legs spread (the first full one): before, the gate
    # has no guard and waits for the later bound, a window plus the latency.
    starts = [bursts[0][0]] + [at for at, _ in bursts[2:]]
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    assert 1.05 + 0.001 <= gaps[0] <= 1.05 + 0.005 + 1e-9, gaps
    assert all(1.0 + 0.001 <= gap <= 1.0 + 0.005 + 1e-9 for gap in gaps[1:]), gaps


async def test_a_cancelled_request_in_flight_frees_its_slot(fake_time: FakeTime) -> None:
    sim = CloseSimulator(seed=7, clock=fake_time.clock)
    (lead_id,) = sim.seed_leads(1)
    sim.set_rate_limit("GET", "/lead/", limit=5, window=1.0)
    hang = asyncio.Event()

    class Hanging(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            await hang.wait()
            raise AssertionError("never answered")

    client = create_client(
        "test_key", transport=Hanging(), clock=fake_time.clock, sleep=fake_time.sleep
    )
    task = asyncio.create_task(get_lead.asyncio(lead_id, client=client))
    for _ in range(5):
        await asyncio.sleep(0)
    transport = client.get_async_httpx_client()._transport
    gate: RateLimitGate = transport.gate  # type: ignore[attr-defined]
    (key,) = gate.store.groups()  # type: ignore[attr-defined]  # the group of the request
    assert await gate.in_flight(key) == 1
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await gate.in_flight(key) == 0


# -- the window's end --------------------------------------------------------------------


async def test_the_earliest_estimate_of_the_window_end_wins(fake_time: FakeTime) -> None:
    gate = gate_for(fake_time)
    await gate.observe(KEY, RateLimitInfo(limit=3, remaining=2, reset=0.9))  # ends at 1000.9
    fake_time.now += 0.05  # the last answer of the burst was queued: it says 0.8 at 1000.05
    await gate.observe(KEY, RateLimitInfo(limit=3, remaining=0, reset=0.88))  # 1000.93
    assert await gate.blocked_until(KEY) == pytest.approx(1000.9)


async def test_a_server_answer_replaces_a_local_guess_of_the_window_end(
    fake_time: FakeTime,
) -> None:
    gate = gate_for(fake_time)
    await gate.observe(KEY, RateLimitInfo(limit=2, remaining=0, reset=1.0))
    assert await gate.acquire(KEY) == 1.0  # a new window, started blind: guessed to end 1002
    await gate.acquire(KEY)
    fake_time.now += 0.05  # the server started it when it handled the request, 50 ms later
    await gate.observe(KEY, RateLimitInfo(limit=2, remaining=0, reset=0.99))
    assert await gate.blocked_until(KEY) == pytest.approx(1002.04)
    assert await gate.acquire(KEY) == pytest.approx(0.99)


async def test_proactive_releases_add_the_jitter(fake_time: FakeTime) -> None:
    gate = RateLimitGate(fake_time.clock, fake_time.sleep, lambda: 0.003)
    await gate.observe(KEY, RateLimitInfo(limit=2, remaining=0, reset=1.0))
    assert await gate.blocked_until(KEY) == pytest.approx(1001.003)
    spent = RateLimitGate(fake_time.clock, fake_time.sleep, lambda: 0.003)
    await spent.observe(KEY, RateLimitInfo(limit=2, remaining=1, reset=2.0))
    assert await spent.acquire(KEY) == 0.0
    assert await spent.acquire(KEY) == pytest.approx(2.003)  # a spent budget, too


def test_a_slow_probe_holds_the_others_up_for_the_patience_at_most() -> None:
    async def main(clock: Callable[[], float]) -> list[tuple[bool, float]]:
        gate = RateLimitGate(clock, asyncio.sleep)
        sent: list[tuple[bool, float]] = []

        async def request() -> None:
            async with await gate.admit(KEY) as ticket:
                sent.append((ticket.probe, clock()))
                await asyncio.sleep(5.0 if ticket.probe else 0.1)  # a heavy first query
                await ticket.answered(NO_SIGNAL)

        await asyncio.gather(*(request() for _ in range(3)))
        return sent

    sent = run_virtual(main)
    assert sent == [(True, 1000.0)] + [(False, 1000.0 + PROBE_PATIENCE)] * 2
