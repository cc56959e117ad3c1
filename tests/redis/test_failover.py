"""Redis failing is not the SDK failing: with the server killed mid-run every request still
completes (on the process's own gate, counted and logged once), and once it is back the gate
is shared again. An organization's 429 blocks every key mapped to it, in every process."""

from __future__ import annotations

import asyncio
import json
import logging
import socket

import httpx
import pytest
from close_fakes import FakeTime
from redis_server import RedisServer

from close_api_client.api.leads import list_leads
from custom import create_client, stats, with_options
from custom._ratelimit import RateLimitInfo
from custom._store import MemoryStore, RedisStore, Store
from custom.simulator import CloseSimulator

KEY = "fail_key"


async def test_redis_killed_mid_run_and_restarted_every_request_completes(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    sim = CloseSimulator(seed=4, api_keys=(KEY,))
    sim.seed_leads(3, activities_per_lead=0)
    sim.set_rate_limit(limit=1000, window=1.0)
    store = RedisStore(own_redis.url, retry_interval=0.0)  # try Redis again on every call
    transport = httpx.ASGITransport(app=sim.app)
    done: list[int] = []
    killed, restarted = asyncio.Event(), asyncio.Event()

    async with create_client(api_key=KEY, transport=transport, store=store) as client:

        async def one() -> None:
            response = await list_leads.asyncio_detailed(client=client, limit=1)
            done.append(response.status_code)
            if len(done) == 10:
                own_redis.kill()
                killed.set()
            if len(done) == 25:
                own_redis.start()
                restarted.set()

        with caplog.at_level(logging.WARNING, logger="close_api_client"):
            for _ in range(10):
                await one()
            assert store.fallbacks == 0
            await asyncio.gather(*(one() for _ in range(15)))  # Redis is down for these
            assert killed.is_set() and restarted.is_set()
            during = store.fallbacks
            await asyncio.gather(*(one() for _ in range(15)))  # back on Redis
    assert done == [200] * 40
    assert during > 0 and stats(client).store_fallbacks > 0
    assert store.fallbacks == during  # after the restart nothing fell back
    unavailable = [r for r in caplog.records if "unavailable" in r.getMessage()]
    back = [r for r in caplog.records if "store is back" in r.getMessage()]
    assert len(unavailable) == 1 and len(back) == 1  # logged once per outage
    await store.aclose()


async def test_an_unreachable_redis_never_hangs_a_request() -> None:
    sim = CloseSimulator(seed=4, api_keys=(KEY,))
    store = RedisStore("redis://127.0.0.1:1/0")  # nothing listens on port 1
    transport = httpx.ASGITransport(app=sim.app)
    async with create_client(api_key=KEY, transport=transport, store=store) as client:
        response = await asyncio.wait_for(list_leads.asyncio_detailed(client=client), 10)
    assert response.status_code == 200
    assert stats(client).store_fallbacks == 1
    await store.aclose()


def org_429(request: httpx.Request) -> httpx.Response:
    """key_a's request is over the organization's limit; the others are fine."""
    body: dict[str, object] = {"data": [], "has_more": False}
    status = 200
    if request.headers["authorization"].startswith("Basic a2V5X2E"):  # key_a
        body = {"error": {"rate_reset": 2.0, "rate_limit_type": "org", "message": "org limit"}}
        status = 429
    stream = httpx.ByteStream(json.dumps(body).encode())  # unread, like a network response
    return httpx.Response(status, headers={"content-type": "application/json"}, stream=stream)


@pytest.mark.parametrize("kind", ["memory", "redis"])
async def test_an_org_429_blocks_every_key_of_the_organization(
    kind: str, request: pytest.FixtureRequest
) -> None:
    fake = FakeTime()
    store: Store
    if kind == "memory":
        store = MemoryStore(fake.clock)
    else:
        store = RedisStore(request.getfixturevalue("redis_url"), clock=fake.clock)
    options = {"clock": fake.clock, "sleep": fake.sleep, "max_retries": 0, "store": store}
    transport = httpx.MockTransport(org_429)
    first = create_client("key_a", transport=transport, organization="acme", **options)
    # Another process of the same service (its own client) on another key of the org:
    second = create_client("key_b", transport=transport, organization="acme", **options)
    # ...and a key of another organization, derived from the first client.
    other = with_options(first, api_key="key_c", organization="globex")
    with pytest.raises(Exception, match="org limit"):
        await list_leads.asyncio_detailed(client=first)
    await list_leads.asyncio_detailed(client=second)
    assert stats(second).total_wait == pytest.approx(2.0, abs=0.25)  # waited for the org
    await list_leads.asyncio_detailed(client=other)
    assert stats(other).total_wait == 0.0
    await store.aclose()


async def test_a_redis_that_does_not_answer_is_given_up_after_the_timeout() -> None:
    """A server that accepts the connection and then says nothing (a hung Redis): the
    request is admitted by the local gate once ``timeout`` has passed, not never."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # connections complete in the backlog; nothing ever replies
        port = silent.getsockname()[1]
        store = RedisStore(f"redis://127.0.0.1:{port}/0", timeout=0.1)
        sim = CloseSimulator(seed=4, api_keys=(KEY,))
        transport = httpx.ASGITransport(app=sim.app)
        async with create_client(api_key=KEY, transport=transport, store=store) as client:
            responses = await asyncio.wait_for(
                asyncio.gather(*(list_leads.asyncio_detailed(client=client) for _ in range(3))),
                10,
            )
        assert [r.status_code for r in responses] == [200] * 3
        assert stats(client).store_fallbacks == 3
        await store.aclose()


async def test_the_local_gate_keeps_what_redis_taught_it(own_redis: RedisServer) -> None:
    """While Redis is up the process's own state learns every answer as well, so a fallback
    starts from the known limit instead of sending blind."""
    fake = FakeTime()
    store = RedisStore(own_redis.url, clock=fake.clock, local_clock=fake.clock)
    key = ("fp", "GET", "lead")
    admission = await store.admit(key, org=None, impatient=False, jitter=lambda: 0.0)
    assert admission.lease is not None
    info = RateLimitInfo(limit=2, remaining=0, reset=1.0)
    await store.answered(key, admission.lease, info, jitter=lambda: 0.0)
    own_redis.kill()
    refused = await store.admit(key, org=None, impatient=False, jitter=lambda: 0.0)
    assert refused.fallback and refused.lease is None and refused.wait == pytest.approx(1.0)
    await store.aclose()
