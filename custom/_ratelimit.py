"""Close's rate-limit signals, and the per-endpoint-group gate every request passes.

Where the state lives: the gate only waits; the state and its transitions are a store's
(``custom._store``): ``MemoryStore`` for this process (the default), ``RedisStore`` (the same
transitions as Lua scripts) for every process on one Redis. Invariants every store keeps:
- State is per ``GroupKey`` (credential fingerprint, method, path family); no decision reads
  another group's state, except an organization's block (``rate_limit_type: org``), kept per
  (organization, method, family) for the keys mapped to it (``gate.organizations``).
- Transitions: ``admit`` (take one from the budget and count the request in flight, or say
  how long to wait), ``answered`` (the headers came: no longer in flight; learn
  limit/remaining/reset), ``release`` (the request is over, or withdrawn unsent; the probe's
  waiters go) and ``block`` (a 429: nothing before the wait, budget 0).
- The probe's ``asyncio.Event`` is per process; a shared store shares only whether a probe is
  out (and polls for it), and whether the group was answered.
- A blocked time only grows until it has passed; the budget is unknown (unthrottled) or the
  number still sendable before the window's end; a request in flight is counted once, until
  its answer, its release or (shared store: its process died) its lease's timeout.
- No single signal blocks a group for long: a 429 at most ``MAX_BLOCK``, a ``remaining=0``
  answer (and any window estimate) at most ``MAX_PROACTIVE_BLOCK``. Nonsense values (negative
  or non-finite numbers, ``limit=0``) are no signal. How long a *caller* waits is bounded
  separately: ``admit(max_wait=...)`` raises ``WaitTooLong`` instead of sleeping past it.

Signals (any subset may be present, so each is optional):
- the 429 body ``{"error": {"rate_reset", "rate_limit", "rate_window", "rate_limit_type",
  "rate_endpoint_group"}}`` (deprecated, but Close still recommends ``rate_reset`` for the wait);
- ``RateLimit: limit=100, remaining=50, reset=0.87`` (commas or semicolons, ints or decimals);
- legacy ``x-rate-limit-limit`` / ``-remaining`` / ``-reset``;
- ``retry-after`` in whole seconds or as an HTTP date.

The store keeps, per (credential, method, path family), when the group is blocked until and how
many requests the current window still allows. Requests wait at the gate *before* they are
sent, so once one response says a group is exhausted, no other task of the client sends to it
before the reset. When a block ends, only the known limit is let through at once instead of
every waiter, so a crowd of tasks does not turn into a crowd of 429s each window.

Where a window ends, and when to send to the next one. A request sent at ``s`` (this client's
clock) travels the request leg ``u`` to the server, which counts it and measures
``reset = R``; its answer travels the response leg ``v`` and arrives at ``r = s + u + v``.
The window's end is ``E = s + u + R``, so every answer bounds it from both sides::

    s + R  <=  E  <=  r + R

The later bound is where the gate used to send: the next request then reaches the server at
``r + R + u' = E + v + u'``, a whole round trip after the window opened, so no client doing
that exceeds ``window / (window + round trip)`` of the limit (0.8 at 250 ms). The physical
question is only when the next request *arrives*: sent at ``x``, it arrives at ``x + u'``,
which is not before ``E`` iff ``x >= E - u' = s + R + (u - u')``. So sending at the earlier
bound ``s + R`` is safe exactly when the new request leg is not shorter than the old one:
what the guard must cover is *request-leg jitter*, not latency, and the ceiling becomes
``window / (window + guard)``, about 1 at any latency.

The store keeps per window the largest lower bounds (``GUARD_SAMPLES`` of them; the first is
``E - min u_i``) beside the smallest upper bound, and releases the next window at
``min(max(s_i + R_i) + guard, window_end)``. The guard is learned from the answers themselves:
all answers of one window share ``E``, so ``s_i + R_i = E - u_i``, and the spread of the
largest of them is the spread of the *shortest* request legs the window saw. A new leg ``u'``
arrives early only if ``u' < min_i u_i - guard``: shorter than every leg of the window by
more than the spread of the shortest ones. Only the short side matters: a leg stretched by a
busy server or client (a long tail, common) makes its request *later*, never early, so it must
not widen the guard, and the smallest samples' spread ignores it. The guard is twice that
spread (``GUARD_FACTOR``), and keeps the largest recent one, shrinking by ``GUARD_DECAY`` per
window, so a few windows whose shortest legs happened to agree do not shrink it to nothing.
Until a window with two answers has been seen there is no guard, and the group releases at
the later bound: nothing goes early on a guess. Reset rounding (1 ms) and herds are what
``RELEASE_JITTER`` still covers. Send times are durations (``sent`` seconds ago), so a store
on another clock (Redis) anchors them on its own. If a request admitted on the earlier bound
(``Admission.early``) still gets a 429, the later bound would have avoided it: the group
goes back to the later bound for ``LATE_HOLD`` seconds and its guard doubles. The ticket
(``GatePass``) records the send time at admission; ``GatePass.sending()`` re-stamps it
just before the request is written, when something (a connection slot) may come between.

Two things keep the first window clean too. Requests that passed the gate and are still in
flight are counted per group: a response's ``remaining`` does not include them yet, so only
``floor - in_flight`` more may be sent, ``floor`` being the smallest ``remaining`` of the
window's answers. That is recomputed as answers arrive, not kept as a running minimum of
``remaining - in_flight``: a burst's answers arrive out of order, and the minimum taken on
an answer that overtook an earlier-counted one would hold back the requests of the window
that the later answer shows were counted already (18 or 19 of 20 per window, measured).
Requests still in flight from a window that is over count until they are answered too (the
server may count them in the new one), and one that ends without an answer (a dropped
connection) stays spent until the window is over. And while a group's limit is unknown, its first
request is a probe: the others wait for the probe's headers (one round trip, once per group;
``PROBE_PATIENCE`` at most) instead of all going out blind; a lone request is never delayed.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._store import GateStore

__all__ = [
    "GUARD_DECAY",
    "GUARD_FACTOR",
    "GUARD_SAMPLES",
    "LATE_HOLD",
    "MAX_BLOCK",
    "MAX_GUARD",
    "MIN_GUARD_AFTER_429",
    "MAX_PROACTIVE_BLOCK",
    "PROBE_PATIENCE",
    "RELEASE_JITTER",
    "GatePass",
    "GroupKey",
    "RateLimitGate",
    "RateLimitInfo",
    "WaitTooLong",
    "credential_fingerprint",
    "endpoint_group",
    "template_group",
    "parse_rate_limit",
    "parse_ratelimit_header",
    "parse_retry_after",
]

RELEASE_JITTER = (0.001, 0.005)
"""Seconds (min, max) added to a proactive release at an announced reset.

Not zero: announced resets are rounded (the simulator's to the millisecond), so the 1 ms floor
keeps a rounded-down reset from making a request early, and clients sharing a key (several
processes, each with its own gate) do not all fire on the same tick. Small: the gate already
releases only the learned budget at a reset, so a wide spread buys little against a herd while
every millisecond waited is throughput lost (5 ms is 0.5% of a 1-second window). A 429 means
the client was wrong about the window, so its wait gets more (see ``CloseTransport``).
"""
PROBE_PATIENCE = 1.0
"""Seconds (event-loop time) a request waits for its group's probe before going blind."""
MAX_PROACTIVE_BLOCK = 10.0
"""Seconds at most that a 2xx announcing ``remaining=0`` blocks its group (and the longest
window the gate will assume). Close's windows are 1 s; a 200 saying ``reset=86400`` is not
worth freezing a group for a day over: after this, one request goes and learns again."""
MAX_BLOCK = 300.0
"""Seconds at most that one 429 blocks its group. A caller told to wait longer than it may
(``max_retry_time``) fails at once with the full wait; the group itself probes again after
this, so a misread reset (an epoch taken for seconds, ``1e308``) cannot freeze it for good."""
GUARD_DECAY = 0.8
"""Per window, the learned guard (see the module docstring) shrinks to this share of itself
unless the window's answers spread as wide: it follows the widest spread of the last few
windows (at 0.5 it followed the last one or two, and in simulated runs with 20 ms of jitter a
run of narrow windows let about one window in 300 go early; at 0.8, none in 1,200)."""
GUARD_SAMPLES = 4
"""How many of a window's largest ``sent + reset`` the store keeps: the guard is their spread,
the spread of the window's shortest request legs (see the module docstring)."""
GUARD_FACTOR = 2.0
"""The guard is this times that spread: the spread of the ``GUARD_SAMPLES`` shortest legs
among ``n`` is about ``(GUARD_SAMPLES - 1) / (n + 1)`` of the legs' jitter, and how far the
shortest one sits above the shortest possible leg about ``1 / (n + 1)``, with a tail that
falls like ``exp(-guard / that)``: twice the spread is about 6 such steps."""
MAX_GUARD = 1.0
"""Seconds at most of guard (the later bound caps the release anyway)."""
LATE_HOLD = 5.0
"""Seconds a group releases at the later bound after a 429 it could have avoided."""
MIN_GUARD_AFTER_429 = 0.01
"""Seconds of guard at least after such a 429 (the guard doubles, from this floor)."""
Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
GroupKey = tuple[str, str, str]
"""(credential fingerprint, method, path family): Close limits per key and endpoint group."""

_PAIR = re.compile(
    r"\b(limit|remaining|reset|r|t)\s*=\s*\"?(-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)"
)
_ALIASES = {"r": "remaining", "t": "reset"}
_OBJECT_ID = re.compile(r"^[a-z]+_[A-Za-z0-9]{10,}$")


@dataclass(frozen=True)
class RateLimitInfo:
    """What one response said about its group's limit; every field may be missing."""

    wait: float | None = None
    limit: int | None = None
    remaining: int | None = None
    reset: float | None = None
    window: float | None = None
    limit_type: str | None = None
    endpoint_group: str | None = None


class WaitTooLong(Exception):
    """``admit`` would have to wait ``wait`` seconds, more than its caller allowed."""

    def __init__(self, wait: float) -> None:
        self.wait = wait
        super().__init__(f"the group is blocked for {wait:.3f} s")


def parse_ratelimit_header(value: str) -> dict[str, float]:
    """``limit=160; remaining=159; reset=8`` (any separator) -> ``{"limit": 160.0, ...}``.

    A negative or non-finite value is no signal (``reset=-5`` must not mean "send now").
    """
    found: dict[str, float] = {}
    for name, text in _PAIR.findall(value):
        number = _number(text)
        if number is not None:
            found.setdefault(_ALIASES.get(name, name), number)
    return found


def parse_retry_after(value: str, date_header: str | None = None) -> float | None:
    """Seconds to wait from ``retry-after``: whole seconds, or an HTTP date.

    For a date, the response's own ``Date`` header is the reference when present, so a skewed
    local clock does not stretch or shrink the wait.
    """
    value = value.strip()
    if re.fullmatch(r"[0-9]+(\.[0-9]+)?", value):
        return float(value)
    try:
        target = parsedate_to_datetime(value).timestamp()
        now = parsedate_to_datetime(date_header).timestamp() if date_header else time.time()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, target - now)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None


def _whole(value: float | None) -> int | None:
    return None if value is None else int(value)


def _positive(value: int | None) -> int | None:
    """A limit of 0 is no limit we can work with (no request would ever learn otherwise)."""
    return value if value is not None and value > 0 else None


def _body_error(body: Any) -> dict[str, Any]:
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else {}


def parse_rate_limit(headers: Mapping[str, str], body: Any = None) -> RateLimitInfo:
    """Read every rate-limit signal of a response.

    ``wait`` takes the first of: body ``rate_reset``, ``RateLimit`` reset,
    ``x-rate-limit-reset``, ``retry-after``; it is ``None`` when the response gave no wait.
    """
    error = _body_error(body)
    header = parse_ratelimit_header(headers.get("ratelimit", ""))
    legacy_reset = _number(headers.get("x-rate-limit-reset"))
    retry_after = headers.get("retry-after")
    after = parse_retry_after(retry_after, headers.get("date")) if retry_after else None
    reset = header.get("reset", legacy_reset)
    candidates = (_number(error.get("rate_reset")), reset, legacy_reset, after)
    limit = header.get("limit", _number(headers.get("x-rate-limit-limit")))
    remaining = header.get("remaining", _number(headers.get("x-rate-limit-remaining")))
    limit_type, group = error.get("rate_limit_type"), error.get("rate_endpoint_group")
    return RateLimitInfo(
        wait=next((c for c in candidates if c is not None), None),
        limit=_positive(_whole(limit if limit is not None else _number(error.get("rate_limit")))),
        remaining=_whole(remaining),
        reset=reset,
        window=_number(error.get("rate_window")),
        limit_type=limit_type if isinstance(limit_type, str) else None,
        endpoint_group=group if isinstance(group, str) else None,
    )


def credential_fingerprint(authorization: str | None) -> str:
    """A short one-way tag of the credential, so gates are per key without keeping the key."""
    digest = hashlib.sha256((authorization or "").encode()).hexdigest()
    return digest[:16]


def _family(path: str, is_id: Callable[[str], bool]) -> str:
    """The leading path segments (at most two) before the first that names an object."""
    family: list[str] = []
    for segment in (s for s in path.split("/") if s):
        if is_id(segment) or len(family) == 2:
            break
        family.append(segment)
    return "/".join(family)


def endpoint_group(method: str, path: str, base_path: str = "") -> tuple[str, str]:
    """(method, path family) for a request: ``("GET", "lead")``, ``("POST", "activity/call")``.

    The fallback for requests that carry no path template. Close does not publish its
    groups, so this errs coarse: a family is the leading path segments (at most two) before
    the first segment that looks like an object id. A coarse group can only wait more, never
    send early.
    """
    if base_path and path.startswith(base_path):
        path = path[len(base_path) :]
    return method.upper(), _family(path, lambda segment: bool(_OBJECT_ID.match(segment)))


def template_group(method: str, template: str) -> tuple[str, str]:
    """(method, path family) from the operation's path template, e.g. ``/lead/{lead_id}/``.

    The static segments before the first ``{param}``, at most two: the same shape as
    :func:`endpoint_group`, but exact whatever the ids look like (``lead_000001``).
    """
    return method.upper(), _family(template, lambda segment: "{" in segment)


class GatePass:
    """One request's passage through the gate: in flight from ``admit`` until ``close``.

    An async context manager (``async with await gate.admit(key) as ticket:``), so a request
    that fails or is cancelled leaves the group's in-flight count and its probe as they were.
    """

    __slots__ = (
        "_gate",
        "closed",
        "early",
        "fallback",
        "key",
        "lease",
        "probe",
        "sent_at",
        "settled",
        "waited",
    )

    def __init__(
        self,
        gate: RateLimitGate,
        key: GroupKey,
        waited: float,
        lease: str,
        probe: bool,
        fallback: bool = False,
        early: bool = False,
    ) -> None:
        self._gate = gate
        self.sent_at = gate._clock()
        """When the request went out (the gate's clock): admission, or ``sending()``."""
        self.early = early
        """Admitted on the send-anchored bound of the window, before the receive-anchored one."""
        self.settled = False
        """No longer counted in flight (its answer came, or it was released)."""
        self.closed = False
        self.key = key
        self.waited = waited
        self.lease = lease
        self.probe = probe
        self.fallback = fallback
        """The shared store failed, so this process's own gate admitted the request."""

    def sending(self) -> None:
        """The request is written now: the send time its answer's lower bound is anchored on."""
        self.sent_at = self._gate._clock()

    async def answered(self, info: RateLimitInfo) -> None:
        """The response arrived: it no longer counts as in flight; learn what it said."""
        lease = None if self.settled else self.lease
        self.settled = True
        sent = max(0.0, self._gate._clock() - self.sent_at)
        await self._gate.store.answered(self.key, lease, info, jitter=self._gate.jitter, sent=sent)

    async def close(self) -> None:
        """Done with the response (or it never came, or it was withdrawn before sending):
        it stops counting in flight, and if it was the probe, the requests waiting on it go."""
        if self.closed:
            return
        self.closed = True
        if self.settled and not self.probe:
            return  # answered: its lease is already gone, and nobody waits on it (no I/O)
        self.settled = True
        await self._gate.store.release(self.key, self.lease)

    async def __aenter__(self) -> GatePass:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class RateLimitGate:
    """Per-group admission shared by every task (and derived client) using one transport.

    The gate only waits; the state and every rule about it live in its ``store`` (see
    ``custom._store``): this process's ``MemoryStore`` by default, or a ``RedisStore`` shared
    by every process on the key. ``jitter()`` is added to every proactive release (a
    ``remaining=0`` answer or a spent budget); see :data:`RELEASE_JITTER` for why it is small
    but not zero. ``organizations`` maps credential fingerprints to an organization name, so
    a 429 of ``rate_limit_type: org`` blocks the group for every key of that organization.
    """

    def __init__(
        self,
        clock: Clock,
        sleep: Sleep,
        jitter: Callable[[], float] | None = None,
        store: GateStore | None = None,
    ) -> None:
        from ._store import MemoryStore  # the store builds on this module's types

        self._clock = clock
        self._sleep = sleep
        self.jitter: Callable[[], float] = jitter or (lambda: 0.0)
        self.store: GateStore = store if store is not None else MemoryStore(clock)
        self.organizations: dict[str, str] = {}

    def _org(self, key: GroupKey) -> str | None:
        return self.organizations.get(key[0])

    async def blocked_until(self, key: GroupKey) -> float:
        """Time (this gate's clock) before which no request of the group will be sent."""
        return self._clock() + await self.store.blocked_for(key, org=self._org(key))

    async def in_flight(self, key: GroupKey) -> int:
        """Requests of the group sent and not answered yet (as far as the store was told)."""
        return await self.store.in_flight(key)

    async def is_blocked(self, key: GroupKey) -> bool:
        """Whether nothing of the group may be sent right now (a last check before sending)."""
        return await self.store.blocked_for(key, org=self._org(key)) > 0

    async def acquire(self, key: GroupKey) -> float:
        """Wait until the group may send one more request; return the seconds waited.

        For callers that do not report the response back: the request is not counted in
        flight and does not probe. The transport uses :meth:`admit`.
        """
        async with await self.admit(key) as ticket:
            return ticket.waited

    async def admit(self, key: GroupKey, max_wait: float = math.inf) -> GatePass:
        """Wait until the group may send one more request, and count it as in flight.

        Raises ``WaitTooLong`` at once, without sleeping, when the group is blocked for longer
        than what is left of ``max_wait`` (the caller's time budget).
        Cancellation-safe: the only suspensions are the store calls, the sleep and the wait
        for the probe; the request counts as in flight only once this returns.
        """
        waited, impatient, org = 0.0, False, self._org(key)
        while True:
            began = self._clock()
            admission = await self.store.admit(
                key, org=org, impatient=impatient, jitter=self.jitter
            )
            if admission.lease is not None:
                return GatePass(
                    self,
                    key,
                    waited,
                    admission.lease,
                    admission.probe,
                    admission.fallback,
                    admission.early,
                )
            if admission.probe_done is not None:
                # The limit is unknown and the group's first request is out: wait for its
                # headers instead of sending blind, then go within what they announced. A
                # slow probe (a heavy search, say) holds the others up PROBE_PATIENCE at most.
                try:
                    await asyncio.wait_for(admission.probe_done.wait(), PROBE_PATIENCE)
                except TimeoutError:
                    impatient = True
                waited += max(0.0, self._clock() - began)
                continue
            if not admission.polling and waited + admission.wait > max_wait:
                raise WaitTooLong(admission.wait)
            await self._sleep(admission.wait)
            waited += admission.wait

    async def observe(self, key: GroupKey, info: RateLimitInfo) -> None:
        """Learn from a response's headers outside a request's pass (see ``GatePass``)."""
        await self.store.answered(key, None, info, jitter=self.jitter)

    async def block(
        self,
        key: GroupKey,
        wait: float,
        limit: int | None = None,
        *,
        org_wide: bool = False,
        avoidable: bool = False,
    ) -> float:
        """A 429 said: nothing before ``now + wait``; then only ``limit`` at once, if known.

        ``wait`` is capped at ``MAX_BLOCK`` (see there); the caller that got the 429 decides
        itself whether it waits that long or gives up. ``org_wide`` (the 429 was the
        organization's limit) blocks the group for every key mapped to the same organization.
        ``avoidable``: the 429 answered a request admitted on the earlier, send-anchored bound
        (``GatePass.early``), so the later bound would have avoided it (see the module
        docstring). Returns the time (this gate's clock) until which the group is blocked.
        """
        org = self._org(key) if org_wide else None
        now = self._clock()
        return now + await self.store.block(key, wait, limit=limit, org=org, avoidable=avoidable)
