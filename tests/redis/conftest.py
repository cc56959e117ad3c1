"""Fixtures for the Redis store's tests: one redis-server per session, flushed per test, and a
private one for the tests that kill and restart it."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import redis
from redis_server import RedisServer
from store_clock import Clock

from custom._store import MemoryStore, RedisStore, Store

# The fake clock of the custom/ tests (close_fakes.FakeTime), not a copy of it.
sys.path.append(str(Path(__file__).resolve().parents[1] / "custom"))


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One server for the session; fails (not skips) with install advice when it is missing."""
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The shared server, emptied first, so no test sees another's keys."""
    with redis.Redis.from_url(redis_server.url) as connection:
        connection.flushall()
    return redis_server.url


@pytest.fixture
def own_redis() -> Iterator[RedisServer]:
    """A server of this test alone, which it may kill and start again."""
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest, clock: Clock) -> AsyncIterator[Store]:
    """Each store test runs on both stores: they must behave alike (the store conformance)."""
    made: Store
    if request.param == "memory":
        made = MemoryStore(clock)
    else:
        url = request.getfixturevalue("redis_url")
        made = RedisStore(url, clock=clock, local_clock=clock, lease_timeout=30.0)
    yield made
    await made.aclose()
