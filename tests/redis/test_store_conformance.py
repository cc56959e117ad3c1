"""One set of scenarios for both stores: the Lua scripts must make the transitions the
in-memory store makes, so the gate behaves the same whichever holds its state. Time is an
injected clock for both (Redis uses it instead of its own), so nothing depends on the wall.
"""

from __future__ import annotations

import pytest
from store_clock import Clock

from custom._ratelimit import MAX_BLOCK, MAX_PROACTIVE_BLOCK, RateLimitInfo
from custom._store import Store

KEY = ("fp_a", "GET", "lead")
OTHER_KEY = ("fp_b", "GET", "lead")


async def go(store: Store, key: tuple[str, str, str] = KEY, org: str | None = None) -> str:
    admission = await store.admit(key, org=org, impatient=False, jitter=lambda: 0.001)
    assert admission.lease is not None, f"not admitted: wait {admission.wait}"
    assert not admission.fallback
    return admission.lease


async def refused(store: Store, key: tuple[str, str, str] = KEY, org: str | None = None) -> float:
    admission = await store.admit(key, org=org, impatient=False, jitter=lambda: 0.001)
    assert admission.lease is None, "admitted, but the group should wait"
    return admission.wait


async def test_the_first_request_of_an_unknown_group_probes_and_the_others_wait(
    store: Store,
) -> None:
    first = await store.admit(KEY, org=None, impatient=False, jitter=lambda: 0.0)
    assert first.lease is not None and first.probe
    waiting = await store.admit(KEY, org=None, impatient=False, jitter=lambda: 0.0)
    assert waiting.lease is None
    assert waiting.probe_done is not None or 0 < waiting.wait <= 0.02
    info = RateLimitInfo(limit=3, remaining=2, reset=1.0)
    await store.answered(KEY, first.lease, info, jitter=lambda: 0.001)
    await store.release(KEY, first.lease)
    await go(store)
    await go(store)
    assert await refused(store) == pytest.approx(1.001)


async def test_a_released_probe_without_an_answer_lets_another_request_probe(
    store: Store,
) -> None:
    first = await store.admit(KEY, org=None, impatient=False, jitter=lambda: 0.0)
    assert first.probe and first.lease is not None
    await store.release(KEY, first.lease)  # a connection error: no headers were learned
    again = await store.admit(KEY, org=None, impatient=False, jitter=lambda: 0.0)
    assert again.probe and again.lease is not None


async def test_remaining_minus_the_requests_in_flight_may_still_be_sent(
    store: Store, clock: Clock
) -> None:
    probe = await go(store)
    await store.answered(
        KEY, probe, RateLimitInfo(limit=10, remaining=9, reset=1.0), jitter=lambda: 0.0
    )
    await store.release(KEY, probe)
    leases = [await go(store) for _ in range(4)]
    assert await store.in_flight(KEY) == 4
    # The server counted one of them: remaining 8; three are still in flight -> 5 more.
    await store.answered(KEY, leases[0], RateLimitInfo(remaining=8, reset=0.9), jitter=lambda: 0.0)
    assert await store.in_flight(KEY) == 3
    for _ in range(5):
        await go(store)
    await refused(store)


async def _a_fresh_window(store: Store, clock: Clock, limit: int) -> None:
    """The probe learns the limit and the window; once that window is over, the next
    admission opens a new one of ``limit`` requests, ended by its answers' resets."""
    probe = await go(store)
    info = RateLimitInfo(limit=limit, remaining=limit - 1, reset=1.0)
    await store.answered(KEY, probe, info, jitter=lambda: 0.0)
    await store.release(KEY, probe)
    clock.now += 1.01


def counted(remaining: int) -> RateLimitInfo:
    return RateLimitInfo(remaining=remaining, reset=0.9)


async def test_answers_out_of_order_cost_nothing_once_the_earlier_one_arrives(
    store: Store, clock: Clock
) -> None:
    await _a_fresh_window(store, clock, limit=10)
    leases = [await go(store) for _ in range(4)]
    # The server counted leases[0] first (remaining 9) and leases[1] second (8), but the
    # second's answer arrives first: 8 - 3 in flight = 5 for now...
    await store.answered(KEY, leases[1], counted(8), jitter=lambda: 0.0)
    # ...and once the first's arrives too, 8 - 2 in flight = 6 (4 of 10 sent), not 5.
    await store.answered(KEY, leases[0], counted(9), jitter=lambda: 0.0)
    for _ in range(6):
        await go(store)
    await refused(store)


async def test_a_request_that_ended_unanswered_stays_spent_for_the_window(
    store: Store, clock: Clock
) -> None:
    await _a_fresh_window(store, clock, limit=10)
    leases = [await go(store) for _ in range(3)]
    await store.answered(KEY, leases[0], counted(9), jitter=lambda: 0.0)
    await store.release(KEY, leases[1])  # a dropped connection: the server may have counted it
    for _ in range(7):  # 9 - 1 in flight - 1 unanswered
        await go(store)
    await refused(store)


async def test_the_old_windows_requests_in_flight_count_only_until_they_are_answered(
    store: Store, clock: Clock
) -> None:
    await _a_fresh_window(store, clock, limit=4)
    old = [await go(store) for _ in range(4)]  # the window's whole budget
    for already, lease in enumerate(old[:2]):
        await store.answered(KEY, lease, counted(3 - already), jitter=lambda: 0.0)
    clock.now += 1.0  # the window is over; two of its requests are still on their way
    first = await go(store)  # opens the next window
    await store.answered(KEY, first, counted(3), jitter=lambda: 0.0)
    await go(store)  # 3 - 2 in flight (the old window's, which may be counted in this one) = 1
    # The old ones are answered, about the window that is over: they were not in this one,
    # so what they held comes back: 3 - 1 in flight = 2 more.
    for lease in old[2:]:
        await store.answered(KEY, lease, RateLimitInfo(remaining=0, reset=0.0), jitter=lambda: 0.0)
    await go(store)
    await go(store)
    await refused(store)


async def test_remaining_zero_blocks_until_the_announced_reset(store: Store, clock: Clock) -> None:
    probe = await go(store)
    await store.answered(
        KEY, probe, RateLimitInfo(limit=5, remaining=0, reset=0.5), jitter=lambda: 0.002
    )
    await store.release(KEY, probe)
    assert await refused(store) == pytest.approx(0.502)
    assert await store.blocked_for(KEY) == pytest.approx(0.502)
    clock.now += 0.502
    for _ in range(5):  # a new window: the learned limit, no more
        await go(store)
    await refused(store)


async def test_a_429_blocks_the_group_for_the_wait_then_lets_the_limit_through(
    store: Store, clock: Clock
) -> None:
    assert await store.block(KEY, 2.0, limit=2, org=None) == pytest.approx(2.0)
    assert await refused(store) == pytest.approx(2.0)
    clock.now += 1.0
    assert await store.blocked_for(KEY) == pytest.approx(1.0)
    assert await refused(store) == pytest.approx(1.0)
    clock.now += 1.0
    await go(store)
    await go(store)
    await refused(store)
    assert await store.blocked_for(OTHER_KEY) == 0.0  # another key's group is not blocked


async def test_an_org_429_blocks_every_key_of_the_organization(store: Store) -> None:
    await store.block(KEY, 3.0, limit=None, org="acme")
    assert await refused(store, OTHER_KEY, org="acme") == pytest.approx(3.0)
    await go(store, OTHER_KEY, org=None)  # a key not mapped to the organization goes
    await go(store, ("fp_c", "GET", "lead"), org="other")
    await go(store, ("fp_b", "GET", "contact"), org="acme")  # other groups are not blocked


async def test_webhook_keys_are_seen_once_within_the_window(store: Store, clock: Clock) -> None:
    assert await store.first_delivery("ev_1|2026", 100.0)
    assert not await store.first_delivery("ev_1|2026", 100.0)
    assert await store.first_delivery("ev_2|2026", 100.0)
    clock.now += 100.0
    assert await store.first_delivery("ev_1|2026", 100.0)
    await store.forget("ev_1|2026")
    assert await store.first_delivery("ev_1|2026", 100.0)


async def test_a_429_blocks_for_max_block_at_most_and_a_negative_wait_not_at_all(
    store: Store,
) -> None:
    assert await store.block(KEY, 86400.0, limit=None, org=None) == pytest.approx(MAX_BLOCK)
    assert await store.block(OTHER_KEY, -5.0, limit=None, org=None) == 0.0


async def test_a_200_with_a_day_long_reset_blocks_for_max_proactive_block(
    store: Store, clock: Clock
) -> None:
    probe = await go(store)
    info = RateLimitInfo(limit=5, remaining=0, reset=86400.0)
    await store.answered(KEY, probe, info, jitter=lambda: 0.0)
    await store.release(KEY, probe)
    assert await store.blocked_for(KEY) == pytest.approx(MAX_PROACTIVE_BLOCK)


async def test_limit_zero_and_negative_resets_are_no_signal(store: Store, clock: Clock) -> None:
    probe = await go(store)
    info = RateLimitInfo(limit=0, remaining=0, reset=-5.0)
    await store.answered(KEY, probe, info, jitter=lambda: 0.0)
    await store.release(KEY, probe)
    assert await store.blocked_for(KEY) == 0.0
    for _ in range(3):  # nothing was learned: unthrottled, no probe phase again
        await go(store)


async def test_after_a_429_with_limit_zero_a_new_window_still_sends_one(
    store: Store, clock: Clock
) -> None:
    await store.block(KEY, 1.0, limit=0, org=None)
    clock.now += 1.0
    await go(store)  # the request that learns whether the limit changed
