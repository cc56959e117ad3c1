"""``CloseTransport``: every cross-cutting behaviour, in one httpx transport.

Generated endpoint functions call ``client.get_async_httpx_client().request(...)``; putting the
behaviour in the transport under that client means every one of them gets it with no wrapper:

1. ``x-tz-offset`` from the ``tz_offset(...)`` scope, else the client's ``tz`` (a header the
   caller set explicitly, e.g. the generated ``x_tz_offset=`` argument, is left alone);
2. a GET whose URL exceeds 2,000 characters becomes ``POST`` + ``x-http-method-override: GET``
   with the query in a ``{"_params": ...}`` JSON body, as Close documents;
3. the wait at the endpoint group's gate (``_ratelimit.py``), which counts the group's
   requests in flight and, while the group's limit is unknown, lets one probe go first;
4. 429: the wait is read from the response, the whole group is blocked, the request retried;
5. transient failures are retried by the rules in ``_retry.py``;
6. a final non-2xx response is raised as a typed error from ``custom.errors``. This is the
   only place those errors are raised.

State is split in two: what derived (per-tenant) clients share (the real transport and its
connection pool, the gate, the retry policy, the clock) and what each client owns (its default
time zone and its counters).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from ._ratelimit import (
    RELEASE_JITTER,
    GroupKey,
    RateLimitGate,
    RateLimitInfo,
    credential_fingerprint,
    endpoint_group,
    parse_rate_limit,
    parse_retry_after,
)
from ._retry import RetryPolicy
from ._stats import ClientStats
from ._tz import TzOffset, current_tz_override, utc_now
from .errors import RateLimitError, decode_body, error_for_status

__all__ = ["MAX_URL_LENGTH", "CloseTransport"]

logger = logging.getLogger("close_api_client")

MAX_URL_LENGTH = 2000
Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
Now = Callable[[], dt.datetime]


@dataclass
class _Shared:
    """What a client and every client derived from it share."""

    inner: httpx.AsyncBaseTransport
    gate: RateLimitGate
    policy: RetryPolicy
    clock: Clock
    sleep: Sleep
    now: Now
    rng: random.Random
    base_path: str
    max_url_length: int


def _params_body(url: httpx.URL) -> bytes:
    """The query string as Close's ``{"_params": {...}}``; repeated keys become lists."""
    params: dict[str, list[str]] = {}
    for name, value in url.params.multi_items():
        params.setdefault(name, []).append(value)
    flat = {name: values[0] if len(values) == 1 else values for name, values in params.items()}
    return json.dumps({"_params": flat}, separators=(",", ":")).encode()


def override_long_get(request: httpx.Request, max_length: int = MAX_URL_LENGTH) -> httpx.Request:
    """Rewrite a GET whose URL is too long as Close's POST + method-override; else unchanged."""
    if request.method != "GET" or len(str(request.url)) <= max_length:
        return request
    headers = httpx.Headers(request.headers)
    headers.pop("content-length", None)
    headers["x-http-method-override"] = "GET"
    headers["content-type"] = "application/json"
    return httpx.Request(
        "POST",
        request.url.copy_with(query=None),
        headers=headers,
        content=_params_body(request.url),
        extensions=request.extensions,
    )


class CloseTransport(httpx.AsyncBaseTransport):
    """Wraps the real transport (``inner``) with Close's rules; see the module docstring.

    ``clock``/``sleep`` (monotonic seconds, async sleep) and ``now`` (aware UTC datetime, for
    time zones) are injectable so tests control time; ``rng`` makes jitter reproducible.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        tz: TzOffset | None = None,
        policy: RetryPolicy | None = None,
        base_path: str = "",
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        now: Now = utc_now,
        rng: random.Random | None = None,
        max_url_length: int = MAX_URL_LENGTH,
    ) -> None:
        shared_rng = rng or random.Random()
        shared = _Shared(
            inner=inner if inner is not None else httpx.AsyncHTTPTransport(),
            gate=RateLimitGate(clock, sleep, lambda: shared_rng.uniform(*RELEASE_JITTER)),
            policy=policy or RetryPolicy(),
            clock=clock,
            sleep=sleep,
            now=now,
            rng=shared_rng,
            base_path=base_path.rstrip("/"),
            max_url_length=max_url_length,
        )
        self._setup(shared, tz, owns_inner=True)

    def _setup(self, shared: _Shared, tz: TzOffset | None, *, owns_inner: bool) -> None:
        self._shared = shared
        self.tz = tz
        self.stats = ClientStats()
        self._owns_inner = owns_inner

    def derive(self, *, tz: TzOffset | None) -> CloseTransport:
        """A view for another client: same pool, gate and policy; own tz and counters.

        Closing a derived view leaves the pool open; it belongs to the original.
        """
        view = CloseTransport.__new__(CloseTransport)
        view._setup(self._shared, tz, owns_inner=False)
        return view

    @property
    def gate(self) -> RateLimitGate:
        return self._shared.gate

    @property
    def policy(self) -> RetryPolicy:
        return self._shared.policy

    def __repr__(self) -> str:
        return f"<CloseTransport tz={self.tz.label if self.tz else None!r} stats={self.stats}>"

    async def aclose(self) -> None:
        if self._owns_inner:
            await self._shared.inner.aclose()

    # -- request preparation -------------------------------------------------------------

    def _prepare(self, request: httpx.Request) -> httpx.Request:
        if "x-tz-offset" not in request.headers:
            offset = current_tz_override() or self.tz
            if offset is not None:
                request.headers["x-tz-offset"] = offset.header_value(self._shared.now)
        return override_long_get(request, self._shared.max_url_length)

    def _group_key(self, request: httpx.Request, method: str) -> GroupKey:
        fingerprint = credential_fingerprint(request.headers.get("authorization"))
        group_method, family = endpoint_group(method, request.url.path, self._shared.base_path)
        return fingerprint, group_method, family

    # -- the loop ------------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        method = request.method.upper()
        request = self._prepare(request)
        await request.aread()  # a retry must be able to send the body again
        key = self._group_key(request, method)
        idempotent = self._shared.policy.is_idempotent(method, key[2])
        started = self._shared.clock()
        attempt = 0
        while True:
            outcome = await self._send_once(request, method, key, attempt)
            if isinstance(outcome, httpx.TransportError):
                if not await self._may_retry_error(outcome, idempotent, key, attempt, started):
                    raise outcome
            elif outcome.status_code != 429:  # a 429 was handled (group blocked) in _send_once
                if not await self._may_retry_status(outcome, idempotent, key, attempt, started):
                    return await self._final(outcome, request, method)
            attempt += 1
            self.stats.retries += 1

    async def _send_once(
        self, request: httpx.Request, method: str, key: GroupKey, attempt: int
    ) -> httpx.Response | httpx.TransportError:
        """One pass through the gate: wait, send, and report the answer to the gate.

        The request counts as in flight for its group from the gate to its response's headers,
        and whatever happens (error, cancellation) it stops counting when this returns. A 429
        blocks the group here, before the pass is closed, so requests waiting on this one as
        their group's probe see the block. Backoff sleeps happen after, outside the gate.
        """
        with await self._shared.gate.admit(key) as ticket:
            if ticket.waited > 0:
                self.stats.gate_waits += 1
                self.stats.total_wait += ticket.waited
            self.stats.requests += 1
            try:
                response = await self._shared.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                return exc
            ticket.answered(parse_rate_limit(response.headers))
            if response.status_code == 429:
                await self._on_429(response, request, method, key, attempt)
            return response

    async def _backoff(self, wait: float, reason: str, key: GroupKey, attempt: int) -> None:
        logger.info(
            "close_api_client: %s on %s %s; retry %d/%d in %.3fs",
            reason,
            key[1],
            key[2] or "/",
            attempt + 1,
            self._shared.policy.max_retries,
            wait,
        )
        self.stats.total_wait += wait
        await self._shared.sleep(wait)

    def _within_budget(self, attempt: int, started: float, wait: float) -> bool:
        policy = self._shared.policy
        elapsed = self._shared.clock() - started
        return attempt < policy.max_retries and elapsed + wait <= policy.max_retry_time

    async def _may_retry_error(
        self, exc: Exception, idempotent: bool, key: GroupKey, attempt: int, started: float
    ) -> bool:
        reason = self._shared.policy.retry_reason(exc, idempotent)
        wait = self._shared.policy.backoff(attempt, self._shared.rng)
        if reason is None or not self._within_budget(attempt, started, wait):
            return False
        await self._backoff(wait, reason, key, attempt)
        return True

    async def _may_retry_status(
        self,
        response: httpx.Response,
        idempotent: bool,
        key: GroupKey,
        attempt: int,
        started: float,
    ) -> bool:
        if not self._shared.policy.retries_status(response.status_code, idempotent):
            return False
        after = response.headers.get("retry-after")
        told = parse_retry_after(after, response.headers.get("date")) if after else None
        wait = told if told is not None else self._shared.policy.backoff(attempt, self._shared.rng)
        if not self._within_budget(attempt, started, wait):
            return False
        await response.aclose()
        await self._backoff(wait, f"HTTP {response.status_code}", key, attempt)
        return True

    async def _on_429(
        self,
        response: httpx.Response,
        request: httpx.Request,
        method: str,
        key: GroupKey,
        attempt: int,
    ) -> None:
        """Block the group for the announced wait (the retry waits at the gate), or raise."""
        content = await _read_and_close(response)
        info = parse_rate_limit(response.headers, decode_body(content))
        self.stats.rate_limited += 1
        if attempt >= self._shared.policy.max_retries:
            raise _rate_limit_error(response, request, method, content, info)
        wait = self._rate_limit_wait(info, attempt)
        self._shared.gate.block(key, wait, info.limit)
        logger.info(
            "close_api_client: 429 on %s %s (%s limit); group blocked %.3fs; retry %d/%d",
            key[1],
            key[2] or "/",
            info.limit_type or "unknown",
            wait,
            attempt + 1,
            self._shared.policy.max_retries,
        )

    def _rate_limit_wait(self, info: RateLimitInfo, attempt: int) -> float:
        """The announced wait plus a little jitter (never less); backoff if none was given."""
        policy, rng = self._shared.policy, self._shared.rng
        if info.wait is None:
            return policy.growing_backoff(attempt, rng)
        return info.wait + rng.uniform(0.0, min(0.25, 0.1 * info.wait))

    async def _final(
        self, response: httpx.Response, request: httpx.Request, method: str
    ) -> httpx.Response:
        if response.status_code < 400:
            return response
        content = await _read_and_close(response)
        raise error_for_status(
            response.status_code,
            method=method,
            path=request.url.path,
            content=content,
            headers=response.headers,
        )


async def _read_and_close(response: httpx.Response) -> bytes:
    try:
        return await response.aread()
    finally:
        await response.aclose()


def _rate_limit_error(
    response: httpx.Response,
    request: httpx.Request,
    method: str,
    content: bytes,
    info: RateLimitInfo,
) -> RateLimitError:
    body: Any = decode_body(content)
    return RateLimitError(
        status_code=429,
        method=method,
        path=request.url.path,
        body=body,
        headers=response.headers,
        wait=info.wait,
        limit=info.limit,
        limit_type=info.limit_type,
        endpoint_group=info.endpoint_group,
    )
