"""``RedisStore``: one gate and one webhook dedupe for every process and host on a Redis.

Requires the ``redis`` extra (``pip install 'close-api-client[redis]'``, redis-py's asyncio
client). Each transition is one Lua script (``_lua.py``), so processes on one key never
together exceed a window they learned. What is written: the credential's fingerprint (a
16-hex-digit SHA-256 prefix, never the key), method, path family, times and counts, random
lease ids, hashed organization names and hashed webhook event keys; every key expires.

Redis failing is not the SDK failing: a call that errors or takes longer than ``timeout``
is answered by this process's own ``MemoryStore`` instead, logged once per outage and counted
(``fallbacks``; the client's ``ClientStats.store_fallbacks``). Redis is tried again after
``retry_interval`` seconds, and used again as soon as it answers. Leases taken from the local
store are released there, so nothing leaks across the switch.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import redis.asyncio as aioredis
from redis.backoff import NoBackoff
from redis.exceptions import RedisError
from redis.retry import Retry

from .._ratelimit import (
    GUARD_DECAY,
    GUARD_FACTOR,
    GUARD_SAMPLES,
    LATE_HOLD,
    MAX_BLOCK,
    MAX_GUARD,
    MAX_PROACTIVE_BLOCK,
    MIN_GUARD_AFTER_429,
    PROBE_PATIENCE,
    GroupKey,
    RateLimitInfo,
)
from . import _lua
from ._memory import MemoryStore
from ._protocol import Admission, Jitter

__all__ = ["DEFAULT_LEASE_TIMEOUT", "DEFAULT_REDIS_TIMEOUT", "RedisStore"]

logger = logging.getLogger("close_api_client")

DEFAULT_REDIS_TIMEOUT = 0.25
"""Seconds a store call may take before the process's own gate answers instead."""
DEFAULT_LEASE_TIMEOUT = 90.0
"""Seconds after which a request in flight stops counting even without an answer: longer
than the client's default read timeout (60 s), short enough that a crashed process's
requests stop lowering the group's budget soon."""
PROBE_POLL = 0.02
"""Seconds between two looks at a probe that another process sent."""
T = TypeVar("T")


def _opt(value: float | int | None) -> str:
    return "" if value is None else repr(value)


def _tag(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:16]


class RedisStore:
    """The gate's state and the webhook dedupe on Redis, with this process as the fallback.

    ``clock`` (seconds) replaces the Redis server's clock, for tests; by default every host
    uses the server's, so their times agree. ``local_clock`` is the fallback's (monotonic).
    """

    def __init__(
        self,
        url: str,
        *,
        prefix: str = "close:",
        timeout: float = DEFAULT_REDIS_TIMEOUT,
        lease_timeout: float = DEFAULT_LEASE_TIMEOUT,
        retry_interval: float = 1.0,
        clock: Callable[[], float] | None = None,
        local_clock: Callable[[], float] = time.monotonic,
        client: Any = None,
    ) -> None:
        if timeout <= 0 or lease_timeout <= 0 or retry_interval < 0:
            raise ValueError("timeout and lease_timeout must be positive, retry_interval >= 0")
        self._redis: Any = client or aioredis.Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 0),
            decode_responses=True,
        )
        self._prefix, self._timeout = prefix, timeout
        self._lease_timeout, self._retry_interval = lease_timeout, retry_interval
        self._clock, self._local_clock = clock, local_clock
        self.local = MemoryStore(local_clock)
        self.fallbacks = 0
        """Store calls the process's own state answered because Redis did not."""
        self._down_until: float | None = None
        self._scripts = {
            name: self._redis.register_script(getattr(_lua, name))
            for name in ("ADMIT", "ANSWERED", "RELEASE", "BLOCK", "PEEK", "DEDUPE")
        }

    def __repr__(self) -> str:
        state = "down" if self._down_until is not None else "up"
        return f"<RedisStore prefix={self._prefix!r} {state} fallbacks={self.fallbacks}>"

    # -- keys ----------------------------------------------------------------------------

    def _keys(self, key: GroupKey, org: str | None = None) -> list[str]:
        fingerprint, method, family = key
        group = f"{self._prefix}gate:{{{fingerprint}|{method}|{family}}}"
        keys = [group, group + ":leases"]
        if org is not None:
            keys.append(f"{self._prefix}org:{_tag(org)}|{method}|{family}")
        return keys

    async def _script(self, name: str, keys: list[str], args: list[str]) -> Any:
        """Run one of the Lua transitions; the gate's caps go last (see ``_lua``)."""
        limits = [repr(MAX_BLOCK), repr(MAX_PROACTIVE_BLOCK), repr(GUARD_DECAY)]
        limits += [repr(MAX_GUARD), repr(LATE_HOLD), repr(MIN_GUARD_AFTER_429)]
        limits += [repr(GUARD_SAMPLES), repr(GUARD_FACTOR)]
        return await self._scripts[name](keys=keys, args=[*args, *limits])

    def _now(self) -> str:
        return "" if self._clock is None else repr(self._clock())

    # -- failure handling ----------------------------------------------------------------

    async def _try(self, call: Callable[[], Awaitable[T]]) -> tuple[bool, T | None]:
        """(True, result) from Redis, or (False, None) when it is down, failing or slow."""
        if self._down_until is not None and self._local_clock() < self._down_until:
            return False, None
        try:
            async with asyncio.timeout(self._timeout):
                result = await call()
        except (RedisError, OSError, TimeoutError) as exc:
            if self._down_until is None:
                logger.warning(
                    "close_api_client: Redis store unavailable (%s: %s); each process "
                    "uses its own rate-limit gate and webhook dedupe until it is back",
                    type(exc).__name__,
                    exc,
                )
            self._down_until = self._local_clock() + self._retry_interval
            return False, None
        if self._down_until is not None:
            logger.warning("close_api_client: Redis store is back; the gate is shared again")
            self._down_until = None
        return True, result

    def _fell_back(self) -> None:
        self.fallbacks += 1

    # -- the gate ------------------------------------------------------------------------

    async def admit(
        self, key: GroupKey, *, org: str | None, impatient: bool, jitter: Jitter
    ) -> Admission:
        lease = uuid.uuid4().hex
        args = [self._now(), repr(jitter()), lease, repr(self._lease_timeout)]
        args += [repr(PROBE_PATIENCE), repr(PROBE_POLL)]
        ok, reply = await self._try(lambda: self._script("ADMIT", self._keys(key, org), args))
        if not ok or reply is None:
            self._fell_back()
            local = await self.local.admit(key, org=org, impatient=impatient, jitter=jitter)
            return dataclasses.replace(local, fallback=True)
        verdict, value = reply[0], reply[1]
        if verdict == "go":
            return Admission(lease=lease, probe=value == "1", early=reply[2] == "1")
        return Admission(wait=float(value), polling=verdict == "poll")

    async def answered(
        self,
        key: GroupKey,
        lease: str | None,
        info: RateLimitInfo,
        *,
        jitter: Jitter,
        sent: float | None = None,
    ) -> None:
        if lease is not None and lease.startswith("m"):  # taken locally while Redis was down
            await self.local.answered(key, lease, info, jitter=jitter, sent=sent)
            return
        # The local state learns every answer too (microseconds, no I/O): if Redis fails,
        # this process's own gate starts from the limit and window it has seen, not blind.
        began = self._local_clock()
        await self.local.answered(key, None, info, jitter=jitter, sent=sent)
        args = [self._now(), lease or "", repr(jitter()), _opt(info.limit), _opt(info.window)]
        # ``sent`` is a duration, so Redis anchors it on its own clock (``now - sent``); the
        # script runs a little after this line, which only makes the bound later (safe).
        ago = None if sent is None else sent + max(0.0, self._local_clock() - began)
        args += [_opt(info.remaining), _opt(info.reset), _opt(ago)]
        ok, _ = await self._try(lambda: self._script("ANSWERED", self._keys(key), args))
        if not ok:
            self._fell_back()

    async def release(self, key: GroupKey, lease: str) -> None:
        if lease.startswith("m"):
            await self.local.release(key, lease)
            return
        ok, _ = await self._try(lambda: self._script("RELEASE", self._keys(key), [lease]))
        if not ok:
            self._fell_back()  # the lease expires in Redis by itself

    async def block(
        self,
        key: GroupKey,
        wait: float,
        *,
        limit: int | None,
        org: str | None,
        avoidable: bool = False,
    ) -> float:
        # The local state learns the block too: if Redis fails next, this process still
        # respects the 429 it was just given.
        local = await self.local.block(key, wait, limit=limit, org=org, avoidable=avoidable)
        args = [self._now(), repr(wait), _opt(limit), "1" if avoidable else "0"]
        ok, reply = await self._try(lambda: self._script("BLOCK", self._keys(key, org), args))
        if not ok or reply is None:
            self._fell_back()
            return local
        return float(reply)

    async def _peek(self, key: GroupKey, org: str | None) -> tuple[float, int] | None:
        keys, args = self._keys(key, org), [self._now()]
        ok, reply = await self._try(lambda: self._script("PEEK", keys, args))
        return None if not ok or reply is None else (float(reply[0]), int(reply[1]))

    async def blocked_for(self, key: GroupKey, *, org: str | None = None) -> float:
        peeked = await self._peek(key, org)
        return await self.local.blocked_for(key, org=org) if peeked is None else peeked[0]

    async def in_flight(self, key: GroupKey) -> int:
        peeked = await self._peek(key, None)
        return await self.local.in_flight(key) if peeked is None else peeked[1]

    # -- webhook dedupe ------------------------------------------------------------------

    def _dedupe_key(self, key: str) -> str:
        return f"{self._prefix}webhook:{hashlib.sha256(key.encode()).hexdigest()[:32]}"

    async def first_delivery(self, key: str, window: float) -> bool:
        keys, args = [self._dedupe_key(key)], [self._now(), repr(window)]
        ok, reply = await self._try(lambda: self._script("DEDUPE", keys, args))
        if not ok:
            self._fell_back()
            return await self.local.first_delivery(key, window)
        return reply == 1

    async def forget(self, key: str) -> None:
        await self.local.forget(key)
        ok, _ = await self._try(lambda: self._redis.delete(self._dedupe_key(key)))
        if not ok:
            self._fell_back()

    async def aclose(self) -> None:
        await self._redis.aclose()
