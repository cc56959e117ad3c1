"""Where the transport's per-request CPU goes: each step ``CloseTransport`` adds, timed alone.

An end-to-end ratio says *whether* the layer is cheap; this says *which* step costs what, so a
regression points at a function instead of at "the transport". Each step is called in a tight
loop on a representative request/response (the same shapes benchmark 1 sends and receives).
"""

from __future__ import annotations

import asyncio
import time
import timeit
from collections.abc import Callable

import httpx

from custom._ratelimit import (
    RateLimitGate,
    credential_fingerprint,
    endpoint_group,
    parse_rate_limit,
)
from custom._transport import override_long_get
from custom._tz import parse_tz

from ._common import Table

__all__ = ["explain", "step_costs"]

CALLS = 20_000
_URL = "http://127.0.0.1:8000/api/v1/lead/lead_v2GUKO4QRZMGUNtAWE1Ijd14gKM3SPiiwciGgS7G8QG/"
_HEADERS = {
    "content-type": "application/json",
    "content-length": "2884",
    "ratelimit": "limit=1000000, remaining=999000, reset=0.512",
}


def _per_call(fn: Callable[[], object]) -> float:
    return timeit.timeit(fn, number=CALLS) / CALLS


def _gate_acquire() -> float:
    gate = RateLimitGate(time.monotonic, asyncio.sleep)
    key = ("fingerprint", "GET", "lead")

    async def loop() -> float:
        start = time.process_time()
        for _ in range(CALLS):
            await gate.acquire(key)
        return time.process_time() - start

    return asyncio.run(loop()) / CALLS


def step_costs() -> list[tuple[str, float]]:
    """(step, seconds per call) for each thing the transport does per request."""
    request = httpx.Request("GET", _URL, headers={"authorization": "Basic YmVuY2hfa2V5Og=="})
    headers = httpx.Headers(_HEADERS)
    zone, fixed = parse_tz("America/New_York"), parse_tz(-4)
    gate = RateLimitGate(time.monotonic, asyncio.sleep)
    key = ("fingerprint", "GET", "lead")
    info = parse_rate_limit(headers)
    return [
        ("`parse_rate_limit(response.headers)`", _per_call(lambda: parse_rate_limit(headers))),
        ("`x-tz-offset` for a zone (`TzOffset.header_value`)", _per_call(zone.header_value)),
        ("`x-tz-offset` for fixed hours", _per_call(fixed.header_value)),
        (
            "`endpoint_group(method, path)`",
            _per_call(lambda: endpoint_group("GET", request.url.path, "/api/v1")),
        ),
        ("`override_long_get` (URL length check)", _per_call(lambda: override_long_get(request))),
        (
            "`credential_fingerprint` (sha256 of the auth header)",
            _per_call(lambda: credential_fingerprint(request.headers.get("authorization"))),
        ),
        ("`RateLimitGate.observe`", _per_call(lambda: gate.observe(key, info))),
        ("`RateLimitGate.acquire` (open gate)", _gate_acquire()),
    ]


def explain(missed: bool, layer_cost: float) -> tuple[Table, list[str]]:
    """The step table, and notes on why the rest of the layer's cost exists."""
    costs = step_costs()
    table = Table(["transport step, timed alone", "CPU / call"])
    table.rows += [[name, f"{seconds * 1e6:.1f} µs"] for name, seconds in costs]
    steps_total = sum(seconds for _, seconds in costs)
    notes = [
        f"The transport's steps (table above, {CALLS:,} calls each) add up to about "
        f"{steps_total * 1e6:.0f} µs of the {layer_cost * 1e6:.0f} µs the layer costs end to "
        "end; the rest is the layer itself: one more coroutine frame around httpx's transport, "
        "`await request.aread()` (kept so a retry can resend a body) and the retry loop's "
        "bookkeeping. `parse_rate_limit` is the largest single step: it runs a regex over the "
        "`ratelimit` header and looks up six headers, each an O(headers) scan in "
        "`httpx.Headers`."
    ]
    if missed:
        notes.append(
            "Target missed. Cheapest fixes, in `custom/_ratelimit.py`: skip `parse_rate_limit` "
            "when the response has neither `ratelimit` nor `x-rate-limit-*` headers, and cache "
            "the parsed `ratelimit` value by string (consecutive responses repeat it often)."
        )
    return table, notes
