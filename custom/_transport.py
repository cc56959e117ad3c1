"""``CloseTransport``: every cross-cutting behaviour, in one httpx transport.

Generated endpoint functions call ``client.get_async_httpx_client().request(...)``; putting the
behaviour in the transport under that client means every one of them gets it with no wrapper:

1. ``x-tz-offset`` from the ``tz_offset(...)`` scope, else the client's ``tz`` (a header the
   caller set explicitly, e.g. the generated ``x_tz_offset=`` argument, is left alone);
2. a GET whose URL exceeds 2,000 characters becomes ``POST`` + ``x-http-method-override: GET``
   with the query in a ``{"_params": ...}`` JSON body, as Close documents;
3. the wait at the endpoint group's gate (``_ratelimit.py``), which counts the group's
   requests in flight and, while the group's limit is unknown, lets one probe go first. The
   group is the operation's path template when the generated code passed it (request
   extension ``close_path_template``), else it is guessed from the URL;
4. a free connection: with a bounded pool, at most that many requests are past the gate, and
   the gate is checked again once one is free, so no request waits in the pool's queue while
   its group becomes blocked and then goes out anyway. The bound is ``max_in_flight``: the
   default pool's ``max_connections``, or read from a user's transport (see ``pool_limit``);
5. the body, read here or handed on (the rule below), so that what can be retried is retried
   before the caller sees anything;
6. 429: the wait is read from the response and the whole group is blocked, even when this
   request then gives up; it is retried if the wait fits in what is left of
   ``max_retry_time``, else ``RateLimitError`` is raised at once, carrying the wait;
7. a final non-2xx response (3xx included) is raised as a typed error from ``custom.errors``,
   and a request that got no usable response as ``APIConnectionError``/``APITimeoutError``
   (the httpx exception as ``__cause__``), with a message that says what to check next.
   This is the only place those errors are raised.

Which bodies are read here (so a truncated or stalled body is retried by the rules in
``_retry.py``) and which are handed on unread, streaming:

- read here: every non-2xx body (small, and the retry decision needs it), every response to a
  generated function (its request carries ``close_path_template``; the generated code reads
  the whole body anyway), every body announcing ``content-length`` up to
  ``BUFFER_LIMIT`` (1 MiB), and a body the inner transport already read (``httpx.MockTransport``,
  respx, a wrapper that records bodies); always with ``Response.aread()``, which works for all;
- handed on: any other 2xx body (``client.get_async_httpx_client().stream(...)`` of an export,
  a chunked body of unknown length). The caller reads it as it arrives, in bounded memory; a
  failure while reading it is raised as ``APIConnectionError`` and not retried (part of it was
  handed on already). The response holds its connection, and its ``max_in_flight`` slot,
  until it is closed: use ``async with client.stream(...)``.

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
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

import httpx

from ._ratelimit import (
    RELEASE_JITTER,
    GatePass,
    GroupKey,
    RateLimitGate,
    RateLimitInfo,
    WaitTooLong,
    credential_fingerprint,
    endpoint_group,
    parse_rate_limit,
    parse_retry_after,
    template_group,
)
from ._retry import RetryPolicy, is_unsent
from ._stats import ClientStats
from ._store import GateStore
from ._tz import TzOffset, current_tz_override, utc_now
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    RateLimitError,
    decode_body,
    error_for_status,
)

__all__ = [
    "BUFFER_LIMIT",
    "MAX_URL_LENGTH",
    "PATH_TEMPLATE_EXTENSION",
    "CloseTransport",
    "pool_limit",
]

logger = logging.getLogger("close_api_client")

MAX_URL_LENGTH = 2000
PATH_TEMPLATE_EXTENSION = "close_path_template"
"""Request extension the generated functions set: the operation's path as in openapi.yaml."""
BUFFER_LIMIT = 1 << 20
"""Bytes: a 2xx body announcing at most this ``content-length`` is read (and retried) here even
for a request that streams; a longer one, or one of unknown length, is handed on unread."""
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
    slots: asyncio.Semaphore | None
    """One per connection of a bounded pool: held from the gate until the body is read (or,
    for a body handed on unread, until the caller closes the response)."""
    owns_store: bool = False
    """The store was made for this transport (from ``redis_url``): closed with it."""
    closed: bool = False


@dataclass
class _Call:
    """One call of ``handle_async_request``: the request and how far its retries have got."""

    request: httpx.Request
    method: str
    key: GroupKey
    idempotent: bool
    started: float
    attempt: int = 0

    @property
    def reads_whole_body(self) -> bool:
        """A generated function's request: its caller parses the whole body anyway."""
        return PATH_TEMPLATE_EXTENSION in self.request.extensions


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
    ``max_in_flight`` is the pool's connection limit (``httpx.Limits.max_connections``) when
    there is one (``pool_limit(inner)`` finds it in an ``httpx.AsyncHTTPTransport`` and most
    wrappers of one); ``None`` for a transport without a queue (an ASGI app, a mock).
    ``store`` holds the gate's state (default: this process's memory; see ``custom._store``).
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
        max_in_flight: int | None = None,
        store: GateStore | None = None,
        owns_store: bool = False,
    ) -> None:
        if max_in_flight is not None and max_in_flight < 1:
            raise ValueError(f"max_in_flight {max_in_flight!r}: must be 1 or more, or None")
        shared_rng = rng or random.Random()
        shared = _Shared(
            inner=inner if inner is not None else httpx.AsyncHTTPTransport(),
            gate=RateLimitGate(
                clock, sleep, lambda: shared_rng.uniform(*RELEASE_JITTER), store=store
            ),
            policy=policy or RetryPolicy(),
            clock=clock,
            sleep=sleep,
            now=now,
            rng=shared_rng,
            base_path=base_path.rstrip("/"),
            max_url_length=max_url_length,
            slots=None if max_in_flight is None else asyncio.Semaphore(max_in_flight),
            owns_store=owns_store,
        )
        self._setup(shared, tz, owns_inner=True)

    def _setup(self, shared: _Shared, tz: TzOffset | None, *, owns_inner: bool) -> None:
        self._shared = shared
        self.tz = tz
        self.stats = ClientStats()
        self._owns_inner = owns_inner

    def derive(self, *, tz: TzOffset | None) -> CloseTransport:
        """A view for another client: same pool, gate and policy; own tz and counters.

        Closing a derived view leaves the pool open; it belongs to the original, and once the
        original is closed every view refuses requests too.
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
            self._shared.closed = True
            await self._shared.inner.aclose()
            if self._shared.owns_store:
                await self._shared.gate.store.aclose()

    # -- request preparation -------------------------------------------------------------

    def _prepare(self, request: httpx.Request) -> httpx.Request:
        if "x-tz-offset" not in request.headers:
            offset = current_tz_override() or self.tz
            if offset is not None:
                request.headers["x-tz-offset"] = offset.header_value(self._shared.now)
        return override_long_get(request, self._shared.max_url_length)

    def _group_key(self, request: httpx.Request, method: str) -> GroupKey:
        fingerprint = credential_fingerprint(request.headers.get("authorization"))
        template = request.extensions.get(PATH_TEMPLATE_EXTENSION)
        if isinstance(template, str):
            group_method, family = template_group(method, template)
        else:
            group_method, family = endpoint_group(method, request.url.path, self._shared.base_path)
        return fingerprint, group_method, family

    # -- the loop ------------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._shared.closed:
            raise ClientClosedError("the client was closed (aclose()); create a new one")
        method = request.method.upper()
        request = self._prepare(request)
        await request.aread()  # a retry must be able to send the body again
        key = self._group_key(request, method)
        idempotent = self._shared.policy.is_idempotent(method, key[2])
        call = _Call(request, method, key, idempotent, started=self._shared.clock())
        while True:
            outcome = await self._send_once(call)
            if isinstance(outcome, httpx.TransportError):
                if not await self._may_retry_error(outcome, call):
                    spent = self._shared.clock() - call.started
                    base_path = self._shared.base_path
                    raise _connection_error(outcome, call, spent, base_path) from outcome
            elif outcome.status_code != 429:  # a 429 was handled (group blocked) in _send_once
                if not await self._may_retry_status(outcome, call):
                    return await self._final(outcome, call)
            call.attempt += 1
            self.stats.retries += 1

    def _time_left(self, call: _Call) -> float:
        """What is left of ``max_retry_time`` for this call's waits."""
        return self._shared.policy.max_retry_time - (self._shared.clock() - call.started)

    async def _pass_gate(self, call: _Call) -> GatePass:
        """The gate, then a free connection, then the gate's block once more.

        Waiting for a connection happens here rather than in the pool's queue, where a request
        that passed the gate could wait while its group gets blocked and then go out anyway:
        if the group was blocked meanwhile, the ticket is withdrawn and the request queues at
        the gate again (checked only when it did wait for a connection: otherwise nothing
        ran in between). Between the last check and the inner transport there is no await.
        """
        gate, slots = self._shared.gate, self._shared.slots
        while True:
            try:
                ticket = await gate.admit(call.key, self._time_left(call))
            except WaitTooLong as exc:
                raise self._wait_too_long(call, exc.wait) from None
            if slots is None:
                return ticket
            queued = slots.locked()  # a free connection is taken without suspending
            try:
                await slots.acquire()
            except BaseException:
                await ticket.close()
                raise
            if not queued or not await gate.is_blocked(call.key):
                return ticket
            await ticket.close()
            slots.release()

    async def _send_once(self, call: _Call) -> httpx.Response | httpx.TransportError:
        """One pass through the gate: wait, send, read the body (or hand it on), report.

        The request counts as in flight for its group from the gate to its response's headers,
        and whatever happens (error, cancellation) it stops counting when this returns. A 429
        blocks the group here, before the pass is closed, so requests waiting on this one as
        their group's probe see the block. Backoff sleeps happen after, outside the gate.
        The connection slot is freed here, or by the caller closing a body handed on.
        """
        ticket = await self._pass_gate(call)
        handed_on = False
        try:
            async with ticket:
                if ticket.waited > 0:
                    self.stats.gate_waits += 1
                    self.stats.total_wait += ticket.waited
                if ticket.fallback:
                    self.stats.store_fallbacks += 1
                self.stats.requests += 1
                ticket.sending()  # the send time the window's earlier bound is anchored on
                try:
                    response = await self._shared.inner.handle_async_request(call.request)
                except httpx.TransportError as exc:
                    return exc
                await ticket.answered(parse_rate_limit(response.headers))
                stream = response.stream
                if isinstance(stream, httpx.AsyncByteStream) and _hands_on(response, call):
                    handed_on = True
                    response.stream = _HandedOnBody(stream, call, self._release_slot)
                    return response
                failure = await _read(response)
                if response.status_code == 429:
                    # The headers already say 429: Close did not apply the request, and a
                    # broken body only loses the (deprecated) body signals.
                    content = b"" if failure else response.content
                    await self._on_429(response, content, call, avoidable=ticket.early)
                if isinstance(failure, httpx.DecodingError):
                    raise failure  # not transient: the same bytes would not decode next time
                return failure or response
        finally:
            if not handed_on:
                self._release_slot()

    def _release_slot(self) -> None:
        if self._shared.slots is not None:
            self._shared.slots.release()

    async def _backoff(self, wait: float, reason: str, call: _Call) -> None:
        logger.info(
            "close_api_client: %s on %s %s; retry %d/%d in %.3fs",
            reason,
            call.key[1],
            call.key[2] or "/",
            call.attempt + 1,
            self._shared.policy.max_retries,
            wait,
        )
        self.stats.total_wait += wait
        await self._shared.sleep(wait)

    def _within_budget(self, call: _Call, wait: float) -> bool:
        return call.attempt < self._shared.policy.max_retries and wait <= self._time_left(call)

    async def _may_retry_error(self, exc: Exception, call: _Call) -> bool:
        reason = self._shared.policy.retry_reason(exc, call.idempotent)
        wait = self._shared.policy.backoff(call.attempt, self._shared.rng)
        if reason is None or not self._within_budget(call, wait):
            return False
        await self._backoff(wait, reason, call)
        return True

    async def _may_retry_status(self, response: httpx.Response, call: _Call) -> bool:
        if not self._shared.policy.retries_status(response.status_code, call.idempotent):
            return False
        after = response.headers.get("retry-after")
        told = parse_retry_after(after, response.headers.get("date")) if after else None
        policy, rng = self._shared.policy, self._shared.rng
        wait = told if told is not None else policy.backoff(call.attempt, rng)
        if not self._within_budget(call, wait):
            return False
        await self._backoff(wait, f"HTTP {response.status_code}", call)
        return True

    async def _on_429(
        self, response: httpx.Response, content: bytes, call: _Call, *, avoidable: bool
    ) -> None:
        """Block the group for the announced wait (the retry waits at the gate), or raise.

        The group is blocked first, whatever happens next: when this request gives up, the
        other tasks of the group must still not send before the reset. ``avoidable``: the
        request was admitted on the send-anchored bound (see ``custom._ratelimit``).
        """
        info = parse_rate_limit(response.headers, decode_body(content))
        self.stats.rate_limited += 1
        wait = self._rate_limit_wait(info, call.attempt)
        org_wide = info.limit_type == "org"
        gate = self._shared.gate
        await gate.block(call.key, wait, info.limit, org_wide=org_wide, avoidable=avoidable)
        policy = self._shared.policy
        if call.attempt >= policy.max_retries or wait > self._time_left(call):
            raise _rate_limit_error(response, call, content, info)
        logger.info(
            "close_api_client: 429 on %s %s (%s limit); group blocked %.3fs; retry %d/%d",
            call.key[1],
            call.key[2] or "/",
            info.limit_type or "unknown",
            wait,
            call.attempt + 1,
            policy.max_retries,
        )

    def _rate_limit_wait(self, info: RateLimitInfo, attempt: int) -> float:
        """The announced wait plus a little jitter (never less); backoff if none was given."""
        policy, rng = self._shared.policy, self._shared.rng
        if info.wait is None:
            return policy.growing_backoff(attempt, rng)
        return info.wait + rng.uniform(0.0, min(0.25, 0.1 * info.wait))

    def _wait_too_long(self, call: _Call, wait: float) -> RateLimitError:
        """The group is blocked for longer than this call may still wait: fail, unsent."""
        left = max(0.0, self._time_left(call))
        return RateLimitError(
            status_code=429,
            method=call.method,
            path=call.request.url.path,
            body=(
                f"not sent: the endpoint group is blocked for {wait:.3f} s, longer than the "
                f"{left:.3f} s left of max_retry_time"
            ),
            wait=wait,
        )

    async def _final(self, response: httpx.Response, call: _Call) -> httpx.Response:
        if 200 <= response.status_code < 300:
            return response
        raise error_for_status(
            response.status_code,
            method=call.method,
            path=call.request.url.path,
            content=await response.aread(),
            headers=response.headers,
            hint=self._hint(response.status_code),
        )

    def _hint(self, status_code: int) -> str:
        """What to fix when the status says the base URL is wrong rather than the request."""
        base_path = self._shared.base_path
        if status_code != 404 or base_path.endswith("/api/v1"):
            return ""
        return (
            f"the base URL's path is {base_path or '/'!r}, without /api/v1: Close's API root is "
            "https://api.close.com/api/v1 (the simulator's http://127.0.0.1:<port>/api/v1); "
            "check base_url (or CLOSE_BASE_URL)"
        )


def pool_limit(transport: httpx.AsyncBaseTransport, depth: int = 4) -> int | None:
    """The connection limit of the httpx pool under ``transport``, if one can be found.

    ``httpx.AsyncHTTPTransport`` keeps it in its httpcore pool (``_pool._max_connections``,
    private, so read defensively); a wrapper transport is searched through the attributes that
    hold a transport, ``depth`` levels down. None: no pool found (an ASGI app, a mock, a
    wrapper hiding its inner transport), or an unbounded one; pass ``max_in_flight=`` then.
    """
    if isinstance(transport, httpx.AsyncHTTPTransport):
        limit = getattr(getattr(transport, "_pool", None), "_max_connections", None)
        bounded = isinstance(limit, int) and 0 < limit < sys.maxsize
        return limit if bounded else None
    if depth == 0:
        return None
    for value in vars(transport).values() if hasattr(transport, "__dict__") else ():
        if isinstance(value, httpx.AsyncBaseTransport) and value is not transport:
            found = pool_limit(value, depth - 1)
            if found is not None:
                return found
    return None


def _hands_on(response: httpx.Response, call: _Call) -> bool:
    """Whether the body goes to the caller unread (see the module docstring for the rule)."""
    if not 200 <= response.status_code < 300 or call.reads_whole_body:
        return False
    if response.is_stream_consumed:  # the inner transport read it already (a mock, a recorder)
        return False
    length = response.headers.get("content-length", "")
    return not length.isdigit() or int(length) > BUFFER_LIMIT


async def _read(response: httpx.Response) -> httpx.TransportError | httpx.DecodingError | None:
    """Read the whole body into the response (``aread``: also when a mock already read it),
    or say what cut it short; the response is closed either way, so its connection is free."""
    try:
        await response.aread()
    except (httpx.TransportError, httpx.DecodingError) as exc:
        return exc
    finally:
        await response.aclose()
    return None


class _HandedOnBody(httpx.AsyncByteStream):
    """The body of a response handed on unread: the caller streams it from the network.

    Closing it frees the connection slot taken at the gate (once). A failure while the caller
    reads is raised as ``APIConnectionError``: it cannot be retried here, since part of the
    body has reached the caller already.
    """

    def __init__(
        self, inner: httpx.AsyncByteStream, call: _Call, release: Callable[[], None]
    ) -> None:
        self._inner = inner
        self._call = call
        self._release: Callable[[], None] | None = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except httpx.TransportError as exc:
            name = type(exc).__name__
            raise APIConnectionError(
                f"{name} while streaming the body; a streamed body is not retried (part of it "
                "was read already): request it again",
                method=self._call.method,
                path=self._call.request.url.path,
            ) from exc

    async def aclose(self) -> None:
        release, self._release = self._release, None
        try:
            await self._inner.aclose()
        finally:
            if release is not None:
                release()


def _connection_error(
    exc: httpx.TransportError, call: _Call, spent: float, base_path: str
) -> APIConnectionError:
    """The SDK error for a request that got no usable response, after its retries.

    The message says what failed, then what the user must check or do next: the host and port
    that refused, the timeout that ran out and the time spent, or, for a request that may have
    been applied and so was not retried, that it may have taken effect. Never the query string
    or a credential.
    """
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    message = f"{_failure_text(exc)}: {_what_to_check(exc, call, spent, base_path)}"
    return cls(message, method=call.method, path=call.request.url.path)


def _failure_text(exc: httpx.TransportError) -> str:
    """The exception's name, with httpx's text only when it cannot carry the URL or a key."""
    detail = str(exc)
    unsafe = "://" in detail or "?" in detail or "uthorization" in detail or len(detail) > 200
    name = type(exc).__name__
    return name if unsafe or not detail else f"{name}: {detail}"


def _what_to_check(exc: httpx.TransportError, call: _Call, spent: float, base_path: str) -> str:
    attempts = call.attempt + 1
    tries = f"after {attempts} attempt{'s' if attempts > 1 else ''} in {spent:.1f} s"
    if not call.idempotent and not is_unsent(exc):
        applied = _may_have_been_applied(call, base_path)
        more = "" if attempts == 1 else f" ({tries})"
        return f"{applied}: check before retrying (a {call.method} is not sent twice){more}"
    parts = []
    if isinstance(exc, httpx.TimeoutException):
        parts.append(_timeout_text(exc, call))
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
        parts.append(f"could not connect to {_host_port(call.request.url)} {tries}")
        parts.append(_connect_hint(call.request.url))
    else:
        parts.append(tries)
    return "; ".join(parts)


def _timeout_text(exc: httpx.TimeoutException, call: _Call) -> str:
    """Which timeout ran out and its value per attempt (``create_client(timeout=...)``)."""
    kind = {
        httpx.ConnectTimeout: "connect",
        httpx.ReadTimeout: "read",
        httpx.WriteTimeout: "write",
        httpx.PoolTimeout: "pool",
    }.get(type(exc), "read")
    timeouts = call.request.extensions.get("timeout")
    value = timeouts.get(kind) if isinstance(timeouts, dict) else None
    limit = "" if not isinstance(value, int | float) else f" of {value:g} s"
    return f"the {kind} timeout{limit} per attempt ran out (create_client(timeout=...))"


def _host_port(url: httpx.URL) -> str:
    """``host:port`` of the URL (the scheme's default port if none), never its userinfo."""
    port = url.port or (443 if url.scheme == "https" else 80)
    return f"{url.host}:{port}"


def _connect_hint(url: httpx.URL) -> str:
    if url.host in ("127.0.0.1", "localhost", "::1"):
        return (
            "check base_url (or CLOSE_BASE_URL); is the server running there? "
            "The Close simulator: python -m custom.simulator --port <port>"
        )
    return "check base_url (or CLOSE_BASE_URL), the network and any proxy"


def _may_have_been_applied(call: _Call, base_path: str) -> str:
    """``the lead may have been created`` for a POST to a list, else a general warning."""
    path = call.request.url.path.removeprefix(base_path).strip("/")
    family = call.key[2]
    if call.method == "POST" and family and path == family:
        noun = family.rsplit("/", 1)[-1].replace("_", " ")
        return f"the {noun} may have been created"
    return f"the {call.method} may have been applied"


def _rate_limit_error(
    response: httpx.Response, call: _Call, content: bytes, info: RateLimitInfo
) -> RateLimitError:
    body = decode_body(content)
    return RateLimitError(
        status_code=429,
        method=call.method,
        path=call.request.url.path,
        body=body,
        headers=response.headers,
        wait=info.wait,
        limit=info.limit,
        limit_type=info.limit_type,
        endpoint_group=info.endpoint_group,
    )
