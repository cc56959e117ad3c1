"""A request in flight is a lease with a timeout: a process that dies mid-request cannot pin
its group's budget for ever. The process is a real one, killed with SIGKILL; time is the
store's injected clock, shared with the child through its command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from custom._ratelimit import RateLimitInfo
from custom._store import RedisStore

ROOT = Path(__file__).resolve().parents[2]
KEY = ("fp_dead", "GET", "lead")
START = 5000.0
CHILD = """
import asyncio, sys
from custom._store import RedisStore

async def main() -> None:
    store = RedisStore(sys.argv[1], clock=lambda: 5000.0, lease_timeout=30.0)
    admission = await store.admit(("fp_dead", "GET", "lead"), org=None, impatient=False,
                                  jitter=lambda: 0.0)
    ok = admission.lease and not admission.fallback
    print("LEASED" if ok else f"FAILED {admission}", flush=True)
    await asyncio.sleep(3600)  # a request that never ends: killed before it does

asyncio.run(main())
"""


async def test_a_lease_left_by_a_killed_process_expires(redis_url: str) -> None:
    now = [START]
    store = RedisStore(redis_url, clock=lambda: now[0], lease_timeout=30.0)
    probe = await store.admit(KEY, org=None, impatient=False, jitter=lambda: 0.0)
    assert probe.lease is not None
    await store.answered(
        KEY, probe.lease, RateLimitInfo(limit=5, remaining=5, reset=60.0), jitter=lambda: 0.0
    )
    await store.release(KEY, probe.lease)  # the probe is done: the group's budget is known
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, redis_url], stdout=subprocess.PIPE, text=True, env=env
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "LEASED"
        finally:
            child.kill()  # SIGKILL: no cleanup runs, the lease stays behind
            child.wait(timeout=10)
    assert await store.in_flight(KEY) == 1  # the dead process's request still counts
    now[0] = START + 29.0
    assert await store.in_flight(KEY) == 1
    now[0] = START + 30.0
    assert await store.in_flight(KEY) == 0  # its lease has expired
    # ...and no longer lowers what the server's next answer allows.
    await store.answered(KEY, None, RateLimitInfo(remaining=3, reset=30.0), jitter=lambda: 0.0)
    for _ in range(3):
        assert (await store.admit(KEY, org=None, impatient=False, jitter=lambda: 0.0)).lease
    assert (await store.admit(KEY, org=None, impatient=False, jitter=lambda: 0.0)).lease is None
    await store.aclose()


async def test_keys_expire_by_themselves(redis_url: str) -> None:
    import redis.asyncio as aioredis

    store = RedisStore(redis_url)
    await store.block(KEY, 2.0, limit=5, org="acme")
    await store.first_delivery("ev_1 2026", 3600.0)
    connection = aioredis.Redis.from_url(redis_url, decode_responses=True)
    names = await connection.keys("*")
    assert len(names) == 3  # group, organization, webhook (no lease in flight)
    for name in names:
        ttl = await connection.pttl(name)
        assert 0 < ttl <= 3600 * 1000, (name, ttl)
    assert not any("acme" in name for name in names)  # organization names are hashed
    await connection.aclose()
    await store.aclose()
