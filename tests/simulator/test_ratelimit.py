"""Rate limits per endpoint group, with 429s exactly as Close documents them."""

import random

import httpx
import pytest

from custom.simulator import CloseSimulator, Faults, RateLimitMode, RateLimitRule
from custom.simulator._ratelimit import RateLimiter

from .conftest import FakeClock


async def test_success_responses_carry_the_limit_headers(
    sim: CloseSimulator, http: httpx.AsyncClient, clock: FakeClock
) -> None:
    sim.set_rate_limit("GET", "/lead/", limit=3, window=2.0)
    first = await http.get("lead/")
    assert first.headers["ratelimit"] == "limit=3, remaining=2, reset=2"
    assert first.headers["x-rate-limit-limit"] == "3"
    assert first.headers["x-rate-limit-remaining"] == "2"
    clock.advance(0.5)
    second = await http.get("lead/")
    assert second.headers["x-rate-limit-reset"] == "1.5"
    assert "ratelimit" not in (await http.get("me/")).headers  # no limit on that group


async def test_over_the_limit_gets_close_429_body_and_headers(
    sim: CloseSimulator, http: httpx.AsyncClient, clock: FakeClock
) -> None:
    sim.set_rate_limit("GET", "/lead/", limit=2, window=1.0)
    await http.get("lead/")
    clock.advance(0.2)
    await http.get("lead/lead_whatever000000000/")  # same group: GET /lead/
    limited = await http.get("lead/")
    assert limited.status_code == 429
    error = limited.json()["error"]
    assert error["message"] == "API call count exceeded for this period"
    assert error["rate_reset"] == pytest.approx(0.8)
    assert error["rate_limit"] == 2 and error["rate_window"] == 1
    assert error["rate_limit_type"] == "key"
    assert len(error["rate_endpoint_group"]) == 32
    assert limited.headers["retry-after"] == "1"
    assert limited.headers["ratelimit"] == "limit=2, remaining=0, reset=0.8"
    assert limited.headers["x-rate-limit-remaining"] == "0"
    assert (await http.post("lead/", json={"name": "x"})).status_code == 200  # other group
    clock.advance(0.8)
    assert (await http.get("lead/")).status_code == 200  # new window


@pytest.mark.parametrize(
    ("mode", "has_body", "headers"),
    [
        ("body_only", True, set()),
        ("rate_reset_only", True, {"retry-after"}),
        ("headers_only", False, {"retry-after", "ratelimit", "x-rate-limit-reset"}),
        ("retry_after_only", False, {"retry-after"}),
        ("ratelimit_only", False, {"ratelimit"}),
        ("bare", False, set()),
    ],
)
async def test_429_modes_carry_only_some_signals(
    sim: CloseSimulator,
    http: httpx.AsyncClient,
    mode: RateLimitMode,
    has_body: bool,
    headers: set[str],
) -> None:
    sim.rate_limit_mode = mode
    sim.set_rate_limit(limit=1)
    await http.get("lead/")
    limited = await http.get("lead/")
    assert limited.status_code == 429
    assert bool(limited.content) == has_body
    present = {
        h for h in ("retry-after", "ratelimit", "x-rate-limit-reset") if h in limited.headers
    }
    assert present == headers
    if mode == "rate_reset_only":
        assert set(limited.json()["error"]) == {"message", "rate_reset"}


async def test_mixed_mode_is_deterministic_per_seed(clock: FakeClock) -> None:
    async def styles(seed: int) -> list[tuple[bool, bool]]:
        sim = CloseSimulator(seed=seed, clock=clock, rate_limit_mode="mixed")
        sim.set_rate_limit(limit=1, window=100)
        async with sim.client() as http:
            await http.get("lead/")
            answers = [await http.get("lead/") for _ in range(12)]
        return [(bool(r.content), "retry-after" in r.headers) for r in answers]

    assert await styles(1) == await styles(1)
    assert len(set(await styles(1))) > 1


async def test_org_limit_is_three_times_the_key_limit(clock: FakeClock) -> None:
    sim = CloseSimulator(clock=clock, api_keys=("k1", "k2", "k3", "k4"))
    sim.set_rate_limit("GET", "/lead/", limit=2)
    statuses = []
    for key in ("k1", "k2", "k3", "k4"):
        async with sim.client(api_key=key) as http:
            statuses += [(await http.get("lead/")).status_code for _ in range(2)]
    assert statuses == [200] * 6 + [429, 429]
    async with sim.client(api_key="k4") as http:
        assert (await http.get("lead/")).json()["error"]["rate_limit_type"] == "org"


async def test_requests_sent_before_the_announced_reset_are_flagged(
    sim: CloseSimulator, http: httpx.AsyncClient, clock: FakeClock
) -> None:
    sim.set_rate_limit("GET", "/lead/", limit=1, window=1.0)
    await http.get("lead/")  # remaining=0 announced, reset in 1 s
    clock.advance(0.5)
    await http.get("lead/")  # 429: too early
    clock.advance(0.6)
    await http.get("lead/")  # after the reset: fine
    flags = [(r.status, r.before_reset) for r in sim.requests]
    assert flags == [(200, False), (429, True), (200, False)]
    assert {r.group for r in sim.requests} == {"GET /lead/"}


async def test_storm_for_n_requests_then_for_a_duration(
    sim: CloseSimulator, http: httpx.AsyncClient, clock: FakeClock
) -> None:
    sim.storm("GET", "/contact/", requests=3, reset=0.25)
    statuses = [(await http.get("contact/")).status_code for _ in range(4)]
    assert statuses == [429, 429, 429, 200]
    assert [r.fault for r in sim.requests[:3]] == ["storm"] * 3
    assert (await http.get("lead/")).status_code == 200  # other groups unaffected
    sim.storm("GET", "/lead/", duration=5)
    clock.advance(1)
    limited = await http.get("lead/")
    assert limited.json()["error"]["rate_reset"] == pytest.approx(4)
    clock.advance(4)
    assert (await http.get("lead/")).status_code == 200
    with pytest.raises(ValueError):
        sim.storm("GET", "/lead/")


def test_endpoint_groups_are_method_plus_path_family() -> None:
    group = CloseSimulator.endpoint_group
    assert group("GET", "/api/v1/lead/") == group("GET", "/api/v1/lead/lead_abcdefghijk123/")
    assert group("GET", "/api/v1/lead/") == "GET /lead/"
    assert group("POST", "/api/v1/activity/note/") == "POST /activity/note/"
    assert group("GET", "/api/v1/activity/note/acti_abcdefghijk123/") == "GET /activity/note/"


def test_before_reset_compares_the_arrival_with_when_the_block_was_announced(
    clock: FakeClock,
) -> None:
    limiter = RateLimiter(clock, random.Random(0))
    limiter.set_rule("GET", "/lead/", RateLimitRule(limit=1, window=1.0))
    arrivals = {"a": clock.now, "b": clock.now + 0.01}
    clock.advance(0.05)  # the injected latency: both are handled after it
    first = limiter.check("key", "GET", "/lead/", arrived=arrivals["a"])
    assert (first.allowed, first.remaining) == (True, 0)  # announces: blocked until +1.05
    second = limiter.check("key", "GET", "/lead/", arrived=arrivals["b"])
    assert not second.allowed  # over the limit all the same...
    assert not second.before_reset  # ...but it was on its way before the block was announced
    clock.advance(0.01)
    third = limiter.check("key", "GET", "/lead/", arrived=clock.now - 0.005)
    assert not third.allowed and third.before_reset  # arrived after the announcement
    clock.advance(1.0)
    fourth = limiter.check("key", "GET", "/lead/", arrived=clock.now - 0.005)  # after the reset
    assert fourth.allowed and not fourth.before_reset
    late = limiter.check("key", "GET", "/lead/")  # no arrival given: it arrived now
    assert not late.allowed and late.before_reset


def test_announcements_are_kept_as_few_merged_intervals(clock: FakeClock) -> None:
    limiter = RateLimiter(clock, random.Random(0))
    limiter.set_rule("GET", "/lead/", RateLimitRule(limit=1, window=1.0))
    for _ in range(500):  # a client hammering a blocked group: 429 after 429
        limiter.check("key", "GET", "/lead/")
        clock.advance(0.01)
    clock.advance(120)
    limiter.check("key", "GET", "/lead/")
    assert len(limiter._announced[("key", "GET /lead/")]) == 1


def test_early_is_reaching_the_limiter_before_a_reset_the_client_could_know(
    clock: FakeClock,
) -> None:
    # Per-leg latency: request leg 0.2 s, response leg 0.1 s. The limiter counts a request
    # when its request leg ends (``at``); its announcement reaches the client a response leg
    # later; "early" is a request sent after that and counted before the announced reset.
    limiter = RateLimiter(clock, random.Random(0))
    limiter.set_rule("GET", "/lead/", RateLimitRule(limit=1, window=1.0))
    t0 = clock.now

    def send(sent: float) -> tuple[bool, bool]:
        decision = limiter.check(
            "key", "GET", "/lead/", arrived=t0 + sent, response_leg=0.1, at=t0 + sent + 0.2
        )
        return decision.allowed, decision.before_reset

    assert send(0.0) == (True, False)  # remaining=0: blocked until t0+1.2, known at t0+0.3
    assert send(0.25) == (False, False)  # sent before the answer arrived: could not know
    assert send(0.35) == (False, True)  # sent after it, counted at t0+0.55: early
    # Sent at send time + reset (t0 + 1.0), before the reset on the client's receive-anchored
    # view (t0 + 1.3), it reaches the limiter at t0 + 1.2: the window is over, not early.
    assert send(1.0) == (True, False)


def test_latency_legs_are_seeded_per_faults_and_jittered_per_request() -> None:
    from custom.simulator._faults import latency_legs

    assert latency_legs(Faults(latency=0.3)) == (0.3, 0.0)  # the one knob: a request leg
    assert latency_legs(Faults(latency=0.3, latency_request=0.1)) == (0.1, 0.0)
    legs = Faults(latency_request=0.1, latency_response=0.2, latency_jitter=0.05, latency_seed=3)
    same = Faults(latency_request=0.1, latency_response=0.2, latency_jitter=0.05, latency_seed=3)
    drawn = [latency_legs(legs) for _ in range(50)]
    assert drawn == [latency_legs(same) for _ in range(50)]
    assert all(0.1 <= up <= 0.15 and 0.2 <= down <= 0.25 for up, down in drawn)
    assert len(set(drawn)) == 50


def test_the_command_line_sets_each_leg(monkeypatch: pytest.MonkeyPatch) -> None:
    from custom.simulator import __main__ as cli
    from custom.simulator import _server

    seen: list[object] = []

    class Server:
        def __init__(self, sim: CloseSimulator) -> None:
            self.sim = sim

        def run(self, sockets: object) -> None:
            seen.append(self.sim.faults)

    monkeypatch.setattr(_server, "make_server", lambda sim, host, port, **kw: Server(sim))
    cli.main(
        ["--port", "0", "--leads", "1", "--latency-request", "0.1"]
        + ["--latency-response", "0.2", "--latency-jitter", "0.01", "--seed", "4"]
    )
    (faults,) = seen
    assert isinstance(faults, Faults)
    assert (faults.latency_request, faults.latency_response) == (0.1, 0.2)
    assert (faults.latency_jitter, faults.latency_seed) == (0.01, 4)
