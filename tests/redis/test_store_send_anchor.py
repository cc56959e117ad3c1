"""The send-anchored bound of a window's end, the same in both stores (issue 21).

A request sent at ``s`` reaches the server a request leg ``u`` later; the server says the
window ends ``reset`` from then, so its end ``E`` is between ``s + reset`` (told by the send
time, a lower bound) and ``receive + reset`` (the upper). The stores keep both, release the
next window at the lower one plus a guard learned from the answers' spread, and hold a group
on the upper one after a 429 that it would have avoided. Time is an injected clock for both
stores (Redis uses it instead of its own): nothing here depends on the wall clock.
"""

from __future__ import annotations

import pytest
from store_clock import Clock

from custom._ratelimit import (
    GUARD_DECAY,
    GUARD_FACTOR,
    LATE_HOLD,
    MIN_GUARD_AFTER_429,
    RateLimitInfo,
)
from custom._store import Store

KEY = ("fp_a", "GET", "lead")


def approx(expected: float) -> object:
    """Times near 5000 s: the default relative tolerance would allow 5 ms."""
    return pytest.approx(expected, abs=1e-6)


JITTER = 0.001
DOWN = 0.05
"""The response leg of every answer in these scenarios (it moves only the upper bound)."""


async def admit(store: Store) -> tuple[str, bool]:
    admission = await store.admit(KEY, org=None, impatient=False, jitter=lambda: JITTER)
    assert admission.lease is not None, f"not admitted: wait {admission.wait}"
    assert not admission.fallback
    return admission.lease, admission.early


async def refused(store: Store) -> float:
    admission = await store.admit(KEY, org=None, impatient=False, jitter=lambda: JITTER)
    assert admission.lease is None, "admitted, but the group should wait"
    return admission.wait


async def answer(
    store: Store,
    clock: Clock,
    lease: str,
    *,
    sent: float,
    up: float,
    end: float,
    limit: int,
    remaining: int,
) -> None:
    """The answer to a request sent at ``sent`` with request leg ``up``, in a window that the
    server ends at ``end``: it arrives ``up + DOWN`` after it was sent."""
    handled = sent + up
    clock.now = handled + DOWN
    info = RateLimitInfo(limit=limit, remaining=remaining, reset=round(end - handled, 6))
    await store.answered(KEY, lease, info, jitter=lambda: JITTER, sent=clock.now - sent)
    await store.release(KEY, lease)


async def warm(store: Store, clock: Clock, *, limit: int, up: float, spread: float = 0.0) -> None:
    """A first window: the probe and one more request, answered (legs ``up`` and
    ``up + spread``) and then spent, so the limit and a guard of ``spread`` are known. Returns
    when the window is over; nothing of the next one is sent yet."""
    probe, _ = await admit(store)
    end = clock.now + up + 1.0
    await answer(store, clock, probe, sent=clock.now, up=up, end=end, limit=limit, remaining=1)
    second, _ = await admit(store)
    await answer(
        store, clock, second, sent=clock.now, up=up + spread, end=end, limit=limit, remaining=0
    )
    # Before any guard is learned the group waits for the later bound: receive + reset.
    wait = await refused(store)
    assert clock.now + wait == approx(end + DOWN + JITTER)
    clock.now += wait


async def exhaust(store: Store, clock: Clock, *, up: float, limit: int = 2) -> tuple[float, bool]:
    """A window of two requests (legs ``up``): returns the server's end of it, and whether the
    first was admitted early."""
    first, early = await admit(store)
    end = clock.now + up + 1.0
    await answer(store, clock, first, sent=clock.now, up=up, end=end, limit=limit, remaining=1)
    second, _ = await admit(store)
    await answer(store, clock, second, sent=clock.now, up=up, end=end, limit=limit, remaining=0)
    return end, early


async def test_before_a_guard_is_learned_the_later_bound_holds(store: Store, clock: Clock) -> None:
    await warm(store, clock, limit=2, up=0.2)  # asserts it


async def test_a_spent_window_opens_again_at_the_send_anchored_bound(
    store: Store, clock: Clock
) -> None:
    # Request leg 0.2 s, response leg 0.05 s: the later bound is 0.25 s after the window's
    # end, the earlier one exactly on it (no jitter: every leg is the same, guard 0).
    await warm(store, clock, limit=2, up=0.2)
    end, early = await exhaust(store, clock, up=0.2)
    assert not early  # the first window was released at the later bound
    wait = await refused(store)
    assert clock.now + wait == approx(end - 0.2 + JITTER)  # send time + reset
    clock.now += wait
    _, early = await admit(store)
    assert early  # before the receive-anchored bound: a 429 to it would have been avoidable
    # It reaches the server one request leg later: end - 0.2 + 0.001 + 0.2 > end, not early.


async def test_the_guard_is_the_spread_of_the_shortest_request_legs(
    store: Store, clock: Clock
) -> None:
    await warm(store, clock, limit=10, up=0.1)
    end = clock.now + 0.1 + 1.0
    # One window's answers: legs of 100-103 ms, and two stretched ones (a busy server): the
    # largest lower bounds (the shortest legs) spread by 3 ms; the stretched ones do not count.
    legs = [0.101, 0.103, 0.100, 0.102, 0.300, 0.450]
    leases = [(await admit(store))[0] for _ in legs]
    sent = clock.now
    for n, (lease, leg) in enumerate(zip(leases, legs, strict=True)):
        await answer(store, clock, lease, sent=sent, up=leg, end=end, limit=10, remaining=9 - n)
    # The next window: admitting its first request closes this one and learns the guard,
    # twice 3 ms (with the stretched legs it would be twice 350 ms).
    clock.now = end + 0.5
    end2 = end + 0.5 + 0.1 + 1.0
    first, _ = await admit(store)
    await answer(store, clock, first, sent=clock.now, up=0.1, end=end2, limit=10, remaining=0)
    wait = await refused(store)
    assert clock.now + wait == approx(end2 - 0.1 + GUARD_FACTOR * 0.003 + JITTER)


async def test_a_429_it_could_have_avoided_holds_the_group_on_the_later_bound(
    store: Store, clock: Clock
) -> None:
    await warm(store, clock, limit=2, up=0.2)
    await exhaust(store, clock, up=0.2)
    clock.now += await refused(store)
    lease, early = await admit(store)
    assert early
    # Refused all the same (the server's window was not over): the later bound would have
    # avoided it.
    await store.block(KEY, 0.2, limit=2, org=None, avoidable=True)
    await store.release(KEY, lease)
    clock.now += 0.2
    end2, early = await exhaust(store, clock, up=0.2)
    assert not early  # a window started after a block is no early send
    wait = await refused(store)
    assert clock.now + wait == approx(end2 + DOWN + JITTER)  # receive time + reset
    # After LATE_HOLD the earlier bound is used again, with a wider guard: doubled from 0 to
    # the floor, then halved once by the window in between (whose legs did not spread).
    clock.now = end2 + LATE_HOLD
    end3, _ = await exhaust(store, clock, up=0.2)
    wait = await refused(store)
    guard = MIN_GUARD_AFTER_429 * GUARD_DECAY
    assert clock.now + wait == approx(end3 - 0.2 + guard + JITTER)


async def test_a_429_to_a_request_not_sent_early_changes_no_bound(
    store: Store, clock: Clock
) -> None:
    await warm(store, clock, limit=2, up=0.2)
    await store.block(KEY, 1.0, limit=2, org=None, avoidable=False)
    clock.now += 1.0
    end, _ = await exhaust(store, clock, up=0.2)
    wait = await refused(store)
    assert clock.now + wait == approx(end - 0.2 + JITTER)  # still send-anchored


async def test_without_a_send_time_the_later_bound_is_all_there_is(
    store: Store, clock: Clock
) -> None:
    await warm(store, clock, limit=2, up=0.2)
    end = clock.now + 0.2 + 1.0
    for remaining in (1, 0):
        lease, _ = await admit(store)
        clock.now += 0.25
        info = RateLimitInfo(limit=2, remaining=remaining, reset=round(end - (clock.now - DOWN), 6))
        await store.answered(KEY, lease, info, jitter=lambda: JITTER)  # no ``sent``
        await store.release(KEY, lease)
    wait = await refused(store)
    assert clock.now + wait == approx(end + DOWN + JITTER)


async def test_a_stale_send_time_among_good_ones_changes_nothing(
    store: Store, clock: Clock
) -> None:
    # A send time far in the past (a ticket never re-stamped after a long wait for a
    # connection, say) gives a loose lower bound; the largest bound of the window is used,
    # so it does not make the release earlier.
    await warm(store, clock, limit=3, up=0.2)
    end = clock.now + 0.2 + 1.0
    for remaining, sent in ((2, 1e9), (1, None), (0, None)):
        lease, _ = await admit(store)
        began = clock.now
        clock.now += 0.25
        info = RateLimitInfo(limit=3, remaining=remaining, reset=round(end - (clock.now - DOWN), 6))
        ago = clock.now - began if sent is None else sent
        await store.answered(KEY, lease, info, jitter=lambda: JITTER, sent=ago)
        await store.release(KEY, lease)
    wait = await refused(store)
    assert clock.now + wait == approx(end - 0.2 + JITTER)


async def test_a_slow_answer_is_still_about_its_window(store: Store, clock: Clock) -> None:
    # Two of four requests sent together are answered 0.85 s later (a busy server: 0.25 s to
    # be counted, 0.6 s to answer): receive time + reset is then past the window's end by
    # more than half a window, as a later window's would be. The send time says it is the
    # same window, so its lower bound does not replace the fast answers' (which would open
    # the next window 0.2 s early).
    await warm(store, clock, limit=4, up=0.05)
    end = clock.now + 0.05 + 1.0
    leases = [(await admit(store))[0] for _ in range(4)]
    sent = clock.now
    for n, lease in enumerate(leases[:2]):
        await answer(store, clock, lease, sent=sent, up=0.05, end=end, limit=4, remaining=3 - n)
    for n, lease in enumerate(leases[2:]):
        handled = sent + 0.25
        clock.now = sent + 0.85
        info = RateLimitInfo(limit=4, remaining=1 - n, reset=round(end - handled, 6))
        await store.answered(KEY, lease, info, jitter=lambda: JITTER, sent=clock.now - sent)
        await store.release(KEY, lease)
    wait = await refused(store)
    assert clock.now + wait == approx(end - 0.05 + JITTER)
