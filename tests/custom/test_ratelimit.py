"""Reading Close's rate-limit signals, and the per-group gate."""

from __future__ import annotations

import asyncio

import pytest
from close_fakes import FakeTime

from custom._ratelimit import (
    MAX_BLOCK,
    MAX_PROACTIVE_BLOCK,
    RateLimitGate,
    RateLimitInfo,
    WaitTooLong,
    endpoint_group,
    parse_rate_limit,
    parse_ratelimit_header,
    parse_retry_after,
)

KEY = ("fp", "GET", "lead")


@pytest.mark.parametrize(
    "value",
    [
        "limit=100, remaining=50, reset=5",
        "limit=100; remaining=50; reset=5",
        "limit=100,remaining=50,reset=5.0",
        "limit = 100 ;remaining= 50; reset =5",
    ],
)
def test_ratelimit_header_is_parsed_whatever_the_separator(value: str) -> None:
    assert parse_ratelimit_header(value) == {"limit": 100, "remaining": 50, "reset": 5}


def test_ratelimit_header_keeps_decimal_resets() -> None:
    assert parse_ratelimit_header("limit=16; remaining=14; reset=0.87")["reset"] == 0.87


def test_retry_after_in_seconds_or_as_an_http_date() -> None:
    assert parse_retry_after("3") == 3.0
    date = "Wed, 21 Oct 2026 07:28:00 GMT"
    assert parse_retry_after("Wed, 21 Oct 2026 07:28:07 GMT", date) == 7.0
    assert parse_retry_after("Wed, 21 Oct 2026 07:27:00 GMT", date) == 0.0
    assert parse_retry_after("soon") is None


BODY = {
    "error": {
        "message": "API call count exceeded for this period",
        "rate_reset": 0.870663,
        "rate_limit": 40,
        "rate_window": 1,
        "rate_limit_type": "key",
        "rate_endpoint_group": "99ad0b85407fbfce6882152c4cd0b86d",
    }
}


def test_the_body_rate_reset_wins_over_every_header() -> None:
    headers = {"ratelimit": "limit=40, remaining=0, reset=0.9", "retry-after": "1"}
    info = parse_rate_limit(headers, BODY)
    assert info.wait == 0.870663
    assert (info.limit, info.limit_type, info.window) == (40, "key", 1)
    assert info.endpoint_group == "99ad0b85407fbfce6882152c4cd0b86d"


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"ratelimit": "limit=5; remaining=0; reset=2.5", "x-rate-limit-reset": "3"}, 2.5),
        ({"x-rate-limit-reset": "1.25", "retry-after": "2"}, 1.25),
        ({"retry-after": "2"}, 2.0),
        ({}, None),
    ],
)
def test_without_a_body_the_wait_comes_from_the_first_header_present(
    headers: dict[str, str], wait: float | None
) -> None:
    assert parse_rate_limit(headers, None).wait == wait


def test_a_body_that_is_not_the_documented_shape_is_ignored() -> None:
    info = parse_rate_limit({"retry-after": "1"}, {"error": "slow down"})
    assert info == RateLimitInfo(wait=1.0)


@pytest.mark.parametrize(
    ("method", "path", "group"),
    [
        ("get", "/api/v1/lead/", ("GET", "lead")),
        ("GET", "/api/v1/lead/lead_7H4sjNso7FyBFaeR3RXi5PMJbilf/", ("GET", "lead")),
        ("POST", "/api/v1/activity/call/", ("POST", "activity/call")),
        ("PUT", "/api/v1/activity/call/acti_7H4sjNso7FyBFaeR3RXi/", ("PUT", "activity/call")),
        ("POST", "/api/v1/data/search/", ("POST", "data/search")),
        ("GET", "/api/v1/custom_field/lead/", ("GET", "custom_field/lead")),
    ],
)
def test_endpoint_groups_are_method_and_path_family(
    method: str, path: str, group: tuple[str, str]
) -> None:
    assert endpoint_group(method, path, "/api/v1") == group


async def test_a_blocked_group_lets_nothing_through_before_the_reset(fake_time: FakeTime) -> None:
    gate = RateLimitGate(fake_time.clock, fake_time.sleep)
    until = await gate.block(KEY, 2.0)
    await gate.acquire(KEY)
    assert fake_time.now >= until == 1002.0


async def test_other_groups_and_other_credentials_are_not_blocked(fake_time: FakeTime) -> None:
    gate = RateLimitGate(fake_time.clock, fake_time.sleep)
    await gate.block(KEY, 2.0)
    assert await gate.acquire(("fp", "POST", "lead")) == 0.0
    assert await gate.acquire(("other", "GET", "lead")) == 0.0
    assert fake_time.now == 1000.0


async def test_remaining_zero_blocks_the_next_request_until_reset(fake_time: FakeTime) -> None:
    gate = RateLimitGate(fake_time.clock, fake_time.sleep)
    await gate.observe(KEY, RateLimitInfo(limit=5, remaining=0, reset=1.5))
    assert await gate.acquire(KEY) == 1.5
    assert fake_time.now == 1001.5


async def test_the_remaining_budget_is_spent_before_waiting(fake_time: FakeTime) -> None:
    gate = RateLimitGate(fake_time.clock, fake_time.sleep)
    await gate.observe(KEY, RateLimitInfo(limit=5, remaining=2, reset=1.0))
    assert [await gate.acquire(KEY) for _ in range(2)] == [0.0, 0.0]
    assert await gate.acquire(KEY) == 1.0


async def test_a_late_answer_from_the_same_window_cannot_raise_the_budget(
    fake_time: FakeTime,
) -> None:
    gate = RateLimitGate(fake_time.clock, fake_time.sleep)
    await gate.observe(KEY, RateLimitInfo(limit=5, remaining=1, reset=1.0))
    await gate.observe(KEY, RateLimitInfo(limit=5, remaining=3, reset=0.98))
    await gate.acquire(KEY)
    # Waits for the earlier of the two estimates of the window's end: each is late by its
    # answer's travel time, so the smaller one is the closer (and still not early).
    assert await gate.acquire(KEY) == pytest.approx(0.98)


async def test_after_a_block_only_the_known_limit_goes_at_once(fake_time: FakeTime) -> None:
    gate = RateLimitGate(fake_time.clock, fake_time.sleep)
    await gate.observe(KEY, RateLimitInfo(limit=3, window=1.0))
    await gate.block(KEY, 0.5, limit=3)
    sent_at: list[float] = []

    async def request() -> None:
        await gate.acquire(KEY)
        sent_at.append(fake_time.now)

    await asyncio.gather(*(request() for _ in range(7)))
    assert sent_at == [1000.5] * 3 + [1001.5] * 3 + [1002.5]


async def test_cancelling_a_waiter_raises_at_once_and_leaves_the_gate_usable() -> None:
    gate = RateLimitGate(lambda: asyncio.get_running_loop().time(), asyncio.sleep)
    await gate.block(KEY, 60.0)
    waiter = asyncio.create_task(gate.acquire(KEY))
    await asyncio.sleep(0)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    assert waiter.cancelled()
    assert await gate.acquire(("fp", "GET", "contact")) == 0.0


# -- the extremes (issue 16 items 1-3) ---------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("limit=5, remaining=0, reset=-5", {"limit": 5.0, "remaining": 0.0}),
        ("limit=5, remaining=-1, reset=1", {"limit": 5.0, "reset": 1.0}),
        ("limit=5, remaining=0, reset=1e308", {"limit": 5.0, "remaining": 0.0, "reset": 1e308}),
        ("limit=5, remaining=0, reset=1e999", {"limit": 5.0, "remaining": 0.0}),
    ],
)
def test_negative_and_non_finite_values_are_no_signal(
    value: str, expected: dict[str, float]
) -> None:
    assert parse_ratelimit_header(value) == expected


def test_a_zero_limit_is_no_limit() -> None:
    assert parse_rate_limit({"ratelimit": "limit=0, remaining=0, reset=1"}).limit is None
    assert parse_rate_limit({}, {"error": {"rate_limit": 0, "rate_reset": 1}}).limit is None


async def test_a_429_blocks_a_group_for_max_block_at_most(fake_time: FakeTime) -> None:
    gate = RateLimitGate(fake_time.clock, fake_time.sleep)
    assert await gate.block(KEY, 86400.0) == fake_time.now + MAX_BLOCK
    assert await gate.block(("fp", "GET", "other"), -5.0) == fake_time.now


async def test_admit_raises_at_once_rather_than_wait_past_max_wait(fake_time: FakeTime) -> None:
    gate = RateLimitGate(fake_time.clock, fake_time.sleep)
    await gate.block(KEY, 30.0)
    with pytest.raises(WaitTooLong) as caught:
        await gate.admit(KEY, max_wait=29.0)
    assert caught.value.wait == 30.0 and fake_time.sleeps == []
    async with await gate.admit(KEY, max_wait=31.0) as ticket:
        assert ticket.waited == 30.0


async def test_a_remaining_0_answer_blocks_for_max_proactive_block_at_most(
    fake_time: FakeTime,
) -> None:
    gate = RateLimitGate(fake_time.clock, fake_time.sleep)
    await gate.observe(KEY, RateLimitInfo(limit=5, remaining=0, reset=86400.0))
    assert await gate.blocked_until(KEY) == fake_time.now + MAX_PROACTIVE_BLOCK
