"""``MemoryStore``: the gate's state and the webhook dedupe in this process (the default).

No dependency, no I/O: each transition runs to completion between two awaits, which is what
makes it atomic for the tasks of one event loop. ``RedisStore`` runs the same transitions as
Lua scripts; ``tests/redis/test_store_conformance.py`` runs one scenario set against both.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from .._ratelimit import (
    GUARD_DECAY,
    GUARD_FACTOR,
    GUARD_SAMPLES,
    LATE_HOLD,
    MAX_BLOCK,
    MAX_GUARD,
    MAX_PROACTIVE_BLOCK,
    MIN_GUARD_AFTER_429,
    GroupKey,
    RateLimitInfo,
)
from ._protocol import Admission, Jitter

__all__ = ["DEFAULT_DEDUPE_SIZE", "MemoryStore"]

DEFAULT_DEDUPE_SIZE = 100_000
"""Webhook keys kept at most in one process (oldest dropped first): bounded memory."""


@dataclass
class _GroupState:
    blocked_until: float = 0.0
    budget: int | None = None
    window_end: float = 0.0
    limit: int | None = None
    window: float | None = None
    window_told: bool = False
    """``window_end`` comes from the server's ``reset``, not from a window started blind."""
    early: list[float] = field(default_factory=list)
    """The largest ``sent + reset`` of the window's answers (``GUARD_SAMPLES`` at most,
    largest first): the first is the window's send-anchored end, a lower bound of the true
    one (``window_end`` is the upper); their spread is the spread of the shortest request
    legs, from which ``guard`` is learned (see ``custom._ratelimit``). Empty: not known."""
    guard: float | None = None
    """Seconds added to the send-anchored end before the next window is sent to. None until a
    window with two answers or more has shown how the request legs spread: until then the
    group releases at the later bound (no early send on a guess)."""
    late_until: float = 0.0
    """Until then the group releases at ``window_end`` (after a 429 it could have avoided)."""
    early_until: float = 0.0
    """Admissions before this time went out before the window's later bound (``early``)."""
    floor: int | None = None
    """The smallest ``remaining`` this window's answers gave (None: no answer yet). With the
    requests in flight it bounds what may still be sent (see ``_sendable``)."""
    in_flight: int = 0
    """Requests of the group that passed the gate and whose response has not been seen yet."""
    unanswered: int = 0
    """Requests of this window that ended without an answer (failed, or withdrawn): the
    server may have counted them, so they stay spent until the window is over."""
    answered: bool = False
    """A response of the group has been seen: whatever it said, the probe phase is over."""
    probe: asyncio.Event | None = None
    """Set while the group's first request (the probe) is in flight; others wait for it."""
    probe_lease: str | None = None


def _release_at(state: _GroupState, now: float) -> float:
    """When the group's next window may be sent to: the send-anchored bound plus the guard,
    never after the receive-anchored one; that one alone while the group is held ``late``."""
    if not state.early or state.guard is None or now < state.late_until:
        return state.window_end
    return min(state.window_end, state.early[0] + state.guard)


def _sendable(state: _GroupState) -> int | None:
    """How many more requests the window allows: the budget, and at most ``floor - in_flight``.

    The answer that gave ``floor`` was counted after ``limit - floor`` requests; of ours, the
    answered ones were counted before it (they gave larger ``remaining``), and the ones still
    in flight may have been counted after it, so they are subtracted. Recomputed from the
    current ``in_flight`` rather than kept as a running minimum: when answers arrive out of
    order (a burst sent at the release, with any jitter, usually does), the answer counted
    first may come second, and a minimum taken on the first one would keep a request or two
    the window still had (18 or 19 of 20 per window, measured) for the rest of the window.
    A request that ended without an answer leaves ``in_flight`` but may have been counted,
    so it stays subtracted (``unanswered``).
    """
    if state.floor is None or state.budget is None:
        return state.budget
    return min(state.budget, state.floor - state.in_flight - state.unanswered)


def _close_window(state: _GroupState) -> None:
    """A told window is over: learn the guard from its answers' spread, forget its bounds."""
    if len(state.early) >= 2:  # a lone answer says nothing about how legs spread
        spread = GUARD_FACTOR * (state.early[0] - state.early[-1])
        state.guard = min(MAX_GUARD, max(spread, (state.guard or 0.0) * GUARD_DECAY))
    state.early = []


class MemoryStore:
    """The gate's state per group, and the webhook keys seen, for one process."""

    def __init__(
        self, clock: Callable[[], float], *, dedupe_size: int = DEFAULT_DEDUPE_SIZE
    ) -> None:
        self._clock = clock
        self._groups: dict[GroupKey, _GroupState] = {}
        self._orgs: dict[tuple[str, str, str], float] = {}
        self._leases: dict[str, GroupKey] = {}
        self._ids = itertools.count(1)
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._dedupe_size = dedupe_size

    def _state(self, key: GroupKey) -> _GroupState:
        return self._groups.setdefault(key, _GroupState())

    def _org_until(self, key: GroupKey, org: str | None) -> float:
        return 0.0 if org is None else self._orgs.get((org, key[1], key[2]), 0.0)

    # -- the gate ------------------------------------------------------------------------

    async def admit(
        self, key: GroupKey, *, org: str | None, impatient: bool, jitter: Jitter
    ) -> Admission:
        state = self._state(key)
        now = self._clock()
        until = max(state.blocked_until, self._org_until(key, org))
        if now < until:
            return Admission(wait=until - now)
        if state.probe is not None and not impatient:
            return Admission(probe_done=state.probe)
        if state.budget is not None and now >= _release_at(state, now):
            # A window we know nothing about yet: allow the known limit, or anything if
            # unknown; never less than one request, or nothing would learn that it changed.
            if now < state.window_end:  # released on the send-anchored bound: early
                state.early_until = state.window_end
            _close_window(state)
            state.budget = None if state.limit is None else max(1, state.limit)
            state.floor, state.unanswered = None, 0
            state.window_end = now + min(state.window or 1.0, MAX_PROACTIVE_BLOCK)
            state.window_told = False
        sendable = _sendable(state)
        if sendable is not None and sendable <= 0:
            state.blocked_until = _release_at(state, now) + jitter()
            return Admission(wait=state.blocked_until - now)
        lease, probe = f"m{next(self._ids)}", False
        if state.budget is not None:
            state.budget -= 1
        elif state.probe is None and not state.answered and state.limit is None:
            state.probe, state.probe_lease, probe = asyncio.Event(), lease, True
        state.in_flight += 1
        self._leases[lease] = key
        return Admission(lease=lease, probe=probe, early=now < state.early_until)

    async def answered(
        self,
        key: GroupKey,
        lease: str | None,
        info: RateLimitInfo,
        *,
        jitter: Jitter,
        sent: float | None = None,
    ) -> None:
        state = self._state(key)
        if lease is not None:
            if self._leases.pop(lease, None) is not None:
                state.in_flight -= 1
            state.answered = True
        self._observe(state, info, jitter, sent)

    def _observe(
        self, state: _GroupState, info: RateLimitInfo, jitter: Jitter, sent: float | None = None
    ) -> None:
        """Learn from any response's headers: the limit, the window, what remains.

        ``remaining`` counts this response's request and every one the server handled before
        it; the group's requests still in flight may not be counted yet, so only
        ``floor - in_flight`` may still be sent in this window, ``floor`` being the smallest
        ``remaining`` of the window (see ``_sendable``). ``sent`` (seconds ago the
        request was sent) bounds the window's end from below: ``now - sent + reset``.
        """
        now = self._clock()
        if info.limit is not None and info.limit > 0:
            state.limit = info.limit
        if info.window is not None and info.window > 0:
            state.window = min(info.window, MAX_PROACTIVE_BLOCK)
        if info.remaining is None or info.reset is None or info.reset < 0:
            return
        reset = min(info.reset, MAX_PROACTIVE_BLOCK)  # a 200 never freezes a group for long
        # Upper bounds of the window's end: the server measured ``reset`` before the answer
        # travelled here, so each estimate is late by that answer's delay (larger for the
        # last answers of a burst, queued behind the others); the smallest one is the best.
        end = now + reset
        state.window = max(state.window or 0.0, reset)
        slack = max(0.05, 0.5 * state.window)
        # The lower bound: the server measured ``reset`` when the request reached it, after
        # it was sent; a request sent at ``sent + reset`` reaches it one request leg later.
        low = None if sent is None else min(end, now - max(0.0, sent) + reset)
        # A later window when even the earliest its end can be is past this one's: a slow
        # answer (its ``end`` late by its whole round trip) is still about this window.
        later = (end if low is None else low) > state.window_end + slack
        if state.budget is None or now >= state.window_end or later:
            if state.window_told:
                _close_window(state)
            # How many of ours the server counted in this window is not known here (no release
            # started it), so the budget is only what remains; ``floor - in_flight`` governs.
            state.budget, state.floor = max(0, info.remaining), info.remaining
            state.unanswered = 0
            state.window_end, state.window_told = end, True
            state.early = [] if low is None else [low]
        elif end >= state.window_end - slack:
            # Same window: the smallest ``remaining`` bounds the budget (with what is in
            # flight). A local guess of the end (a window started blind) gives way to the
            # server's.
            state.floor = (
                info.remaining if state.floor is None else min(state.floor, info.remaining)
            )
            told = state.window_told
            state.window_end = min(state.window_end, end) if told else end
            state.window_told = True
            if low is not None:
                state.early = sorted([*state.early, low], reverse=True)[:GUARD_SAMPLES]
        else:
            return  # a late answer about a window that is already over: nothing to learn
        if info.remaining <= 0:
            release = _release_at(state, now)
            state.blocked_until = max(state.blocked_until, release + jitter())

    async def release(self, key: GroupKey, lease: str) -> None:
        state = self._state(key)
        if self._leases.pop(lease, None) is not None:
            state.in_flight -= 1
            state.unanswered += 1
        if state.probe_lease == lease:
            event, state.probe, state.probe_lease = state.probe, None, None
            if event is not None:
                event.set()  # answered: they go within the budget; failed: one probes again

    async def block(
        self,
        key: GroupKey,
        wait: float,
        *,
        limit: int | None,
        org: str | None,
        avoidable: bool = False,
    ) -> float:
        state = self._state(key)
        now = self._clock()
        until = now + min(max(0.0, wait), MAX_BLOCK)
        state.blocked_until = max(state.blocked_until, until)
        state.window_end, state.window_told = state.blocked_until, False
        _close_window(state)  # what its answers showed of the legs still holds
        state.early_until = 0.0  # after the block: nothing is early
        state.budget, state.floor, state.unanswered = 0, None, 0
        if avoidable:  # sent on the send-anchored bound and refused: the later one for a while
            state.late_until = max(state.late_until, now + LATE_HOLD)
            state.guard = min(MAX_GUARD, max(MIN_GUARD_AFTER_429, 2 * (state.guard or 0.0)))
        if limit is not None and limit > 0:
            state.limit = limit
        if org is not None:
            org_key = (org, key[1], key[2])
            self._orgs[org_key] = max(self._orgs.get(org_key, 0.0), until)
        return state.blocked_until - now

    def groups(self) -> list[GroupKey]:
        """The groups this store has state for (for tests and introspection)."""
        return list(self._groups)

    async def blocked_for(self, key: GroupKey, *, org: str | None = None) -> float:
        until = max(self._state(key).blocked_until, self._org_until(key, org))
        return max(0.0, until - self._clock())

    async def in_flight(self, key: GroupKey) -> int:
        return self._state(key).in_flight

    # -- webhook dedupe ------------------------------------------------------------------

    async def first_delivery(self, key: str, window: float) -> bool:
        """True the first time ``key`` is seen within ``window`` seconds (then remembered)."""
        now = self._clock()
        seen = self._seen
        while seen and (next(iter(seen.values())) <= now or len(seen) >= self._dedupe_size):
            seen.popitem(last=False)
        if key in seen:
            return False
        seen[key] = now + window
        return True

    async def forget(self, key: str) -> None:
        self._seen.pop(key, None)

    async def aclose(self) -> None:
        """Nothing to close; part of the store interface."""
