"""Benchmark 6: one organization, two API keys, 16 worker processes: per-process gates vs Redis.

A service with 16 worker processes (``uvicorn --workers 8`` on two hosts, or 16 pods) on two
Close keys of one organization, 8 processes per key: each fetches leads one by one (and the
first of each key's processes pages a little), all in one endpoint group. The simulator
limits the group to ``LIMIT`` requests per second per key and three times that per
organization, so the binding limit is the two keys' (``2 * LIMIT``). Run twice, side by side,
with fresh keys each time: with each process's own gate (the default ``MemoryStore``), then
with every process on one ``RedisStore``. The simulator's request log (its own process) says
what was sent, answered 429, or arrived early (before a reset announced to its key); each
worker times its store calls.

Why it means something on 2 cores: the simulator runs in its own process and counts a request
when its request leg is due, not when its busy event loop gets to it; the workload is
``GET /lead/{id}/`` (well under a millisecond of simulator CPU; a listing over every lead costs
tens), so simulator, Redis and 16 clients need far less than the 2 cores; workers are mostly
waiting at the gate (the demand is several times the limit); and every worker is started,
imported and ready before the common start time is handed out.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from ._common import ROOT, Check, Section, Table, child_env, serve_subprocess
from ._simserver import KEYS

__all__ = ["run"]

LIMIT = 20
ORG_MULTIPLIER = 3
"""The simulator's organization limit is this times the key limit (``custom.simulator``)."""
UP, DOWN, JITTER = 0.025, 0.025, 0.005
"""Request leg, response leg and the most jitter added to each (seconds)."""
LEADS = 1_000
PROCESSES = 16
KEYS_USED = 2
PAGES = 2
GETS = 40
TASKS = 3
TARGET_429 = 0.01
TARGET_FRACTION = 0.9
WINDOW = 1.0
ORGANIZATION = "bench-org"


def _binding_limit() -> int:
    return min(KEYS_USED * LIMIT, ORG_MULTIPLIER * LIMIT)


@dataclass
class Outcome:
    name: str
    sent: int
    ok: int
    throttled: int
    early: int
    seconds: float
    full: float
    """2xx per second over each key's full windows (up to its last window), summed over keys."""
    costs: list[float]
    fallbacks: int
    failed: int
    """Calls that raised ``RateLimitError`` after their retries (the pager's walk counts once)."""

    @property
    def fraction(self) -> float:
        return self.full / _binding_limit()

    @property
    def share(self) -> float:
        return self.throttled / self.sent if self.sent else 0.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway redis-server on loopback (no persistence), stopped by its pid."""
    binary = os.environ.get("REDIS_SERVER") or "redis-server"
    port = _free_port()
    args = ["--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    proc = subprocess.Popen([binary, *args], stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.02)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _workers(
    url: str, keys: tuple[str, ...], store: str, ids_file: str
) -> tuple[float, list[dict]]:
    procs = []
    for n in range(PROCESSES):
        key = keys[n % len(keys)]
        pages = PAGES if n < len(keys) else 0  # one walker per key; the rest fetch
        command = [sys.executable, "-m", "bench._gate_worker", f"{url}/api/v1/", key, store]
        command += [ORGANIZATION, ids_file, str(pages), str(TASKS)]
        procs.append(
            subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                cwd=ROOT,
                env=child_env(),
            )
        )
    for proc in procs:  # every interpreter imported and ready: only then the clock starts
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "READY":
            raise RuntimeError(f"a gate worker did not start (exit code {proc.poll()})")
    start_at = time.monotonic() + 1.2  # the warm-up requests' windows are over by then
    results = []
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write(f"{start_at!r}\n")
        proc.stdin.flush()  # communicate() closes it
    for proc in procs:
        out, _ = proc.communicate(timeout=300)
        if proc.returncode != 0:
            raise RuntimeError(f"a gate worker failed (exit code {proc.returncode})")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return start_at, results


def _full_rate(records: list[list], start: float) -> float:
    """2xx/s up to the key's last window (windows opened when the simulator counted)."""
    handled = sorted(r[5] for r in records if r[3] is not None and 200 <= r[3] < 300)
    last, end = start, float("-inf")
    for at in handled:
        if at >= end:
            last, end = at, at + WINDOW
    before = sum(1 for at in handled if at < last)
    return before / (last - start) if last > start else 0.0


def _run(url: str, name: str, keys: tuple[str, ...], store: str, ids_file: str) -> Outcome:
    start, results = _workers(url, keys, store, ids_file)
    per_key = [
        httpx.get(f"{url}/__bench__/requests?credential=key:{key}", timeout=30).json()
        for key in keys
    ]
    records = [r for one in per_key for r in one]
    end = max(r["finished"] for r in results)
    statuses = [r[3] for r in records]
    return Outcome(
        name=name,
        sent=len(records),
        ok=sum(1 for s in statuses if s is not None and 200 <= s < 300),
        throttled=sum(1 for s in statuses if s == 429),
        early=sum(1 for r in records if r[4]),
        seconds=end - start,
        full=sum(_full_rate(one, start) for one in per_key),
        costs=[c for r in results for c in r["costs"]],
        fallbacks=sum(r["fallbacks"] for r in results),
        failed=sum(r["failed"] for r in results),
    )


async def _uncontended(store: object, rounds: int = 2000) -> list[float]:
    """One request's store calls (admit, answer, release), one after another, no load."""
    from custom._ratelimit import RateLimitInfo

    key, info, costs = (
        ("fp", "GET", "lead"),
        RateLimitInfo(limit=10**6, remaining=10**6, reset=1.0),
        [],
    )
    for _ in range(rounds):
        began = time.perf_counter()
        admission = await store.admit(key, org=None, impatient=True, jitter=lambda: 0.001)  # type: ignore[attr-defined]
        await store.answered(key, admission.lease, info, jitter=lambda: 0.001)  # type: ignore[attr-defined]
        await store.release(key, admission.lease)  # type: ignore[attr-defined]
        costs.append(time.perf_counter() - began)
    return costs


def _store_costs(redis_url: str) -> tuple[list[float], list[float]]:
    import asyncio

    from custom._store import MemoryStore, RedisStore

    async def both() -> tuple[list[float], list[float]]:
        redis_store = RedisStore(redis_url)
        try:
            return await _uncontended(MemoryStore(time.monotonic)), await _uncontended(redis_store)
        finally:
            await redis_store.aclose()

    return asyncio.run(both())


def _ms(values: list[float], q: int) -> str:
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return f"{cuts[q - 1] * 1000:.3f} ms"


def run() -> Section:
    args = (str(LEADS), str(LIMIT), str(UP), str(DOWN), str(JITTER))
    with serve_subprocess("bench._simserver", *args) as url:
        ids = httpx.get(f"{url}/__bench__/ids", timeout=30).json()
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            # Each worker fetches its own share; together they fetch PROCESSES * GETS leads.
            json.dump([str(i) for i in ids[:GETS]], handle)
        try:
            memory = _run(url, "per-process gates", KEYS[7:9], "memory", handle.name)
            time.sleep(1.1)  # let the first keys' windows (and the organization's) expire
            with redis_server() as redis_url:
                shared = _run(url, "Redis store", KEYS[9:11], redis_url, handle.name)
                quiet_memory, quiet_redis = _store_costs(redis_url)
        finally:
            Path(handle.name).unlink()
    binding = _binding_limit()
    table = Table(
        [
            "gates",
            "requests sent",
            "2xx",
            "429s (share of sent)",
            "arrived before an announced reset",
            f"2xx/s over full windows (of the binding {binding}/s)",
            "2xx/s, whole run",
            "store cost per request p50 / p99",
            "store fallbacks",
            "calls failed (RateLimitError)",
        ]
    )
    for one in (memory, shared):
        table.rows.append(
            [
                one.name,
                f"{one.sent:,}",
                f"{one.ok:,}",
                f"{one.throttled:,} ({one.share:.1%})",
                f"{one.early:,}",
                f"{one.full:.2f}/s ({one.fraction:.3f})",
                f"{one.ok / one.seconds:.2f}/s",
                f"{_ms(one.costs, 50)} / {_ms(one.costs, 99)}",
                str(one.fallbacks),
                str(one.failed),
            ]
        )
    quiet = Table(["store", "p50", "p99"])
    quiet.rows += [
        ["in-memory", _ms(quiet_memory, 50), _ms(quiet_memory, 99)],
        ["Redis (loopback)", _ms(quiet_redis, 50), _ms(quiet_redis, 99)],
    ]
    checks = [
        Check(
            "Redis: share of 429s",
            f"{shared.share:.2%}",
            f"<= {TARGET_429:.0%}",
            shared.share <= TARGET_429,
        ),
        Check(
            "Redis: arrived before an announced reset", str(shared.early), "0", shared.early == 0
        ),
        Check(
            "Redis: achieved / binding limit, full windows",
            f"{shared.fraction:.3f}",
            f">= {TARGET_FRACTION}",
            shared.fraction >= TARGET_FRACTION,
        ),
    ]
    return Section(
        title="6. One organization, two keys, 16 processes: per-process gates vs the Redis store",
        measured=(
            f"The simulator in its own process, {LIMIT} requests/s per endpoint group and key, "
            f"{ORG_MULTIPLIER * LIMIT}/s per organization (binding: the two keys' {binding}/s), "
            f"request and response legs of {UP * 1000:.0f} ms each plus up to "
            f"{JITTER * 1000:.0f} ms jitter per leg. {PROCESSES} worker processes, "
            f"{PROCESSES // KEYS_USED} per key, all mapped to one `organization`, start "
            f"together once all are ready; each fetches {GETS} leads with {TASKS} tasks, and "
            f"one per key also pages through {PAGES} pages of 100, all in the one group "
            "`GET /lead/`. Run once with each process's own gate, once with every process on "
            "one `RedisStore` (redis-server on loopback). Counts come from the simulator's "
            "request log; full windows = each key's 2xx counted before its last window "
            "opened, over the time from the common start to then, summed over the keys; "
            "store cost = the time of a request's store calls (admission, answer, release), "
            "measured in the workers."
        ),
        tables=[table, quiet],
        checks=checks,
        notes=[
            "The first table's store cost is measured inside busy workers: 16 processes, "
            "the simulator and redis-server share 2 cores, so a Redis call's time is mostly "
            "the wait for the worker's event loop to resume it after the reply has arrived "
            "(an in-memory call never suspends). The second table is the cost without load: "
            "one request's store calls one after another in one process, 2,000 times. Redis "
            "runs each transition as one Lua script; a request costs two round trips (admit; "
            "answer), three for a group's probe.",
            "What the store buys: with per-process gates each worker learns `remaining` from "
            "its own answers but cannot see the others' requests in flight, and a 429 that "
            "one worker gets blocks none of the others, so most of the extra requests are "
            "429s. With the store, each window's end is anchored on the send time of the "
            "answers of every process (a duration, anchored on Redis's clock), so the next "
            "window opens about when the server's does, not a round trip later.",
        ],
    )
