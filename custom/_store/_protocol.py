"""What a store of the gate's state (and of webhook dedupe) must do: atomic transitions.

The gate (``custom._ratelimit.RateLimitGate``) owns the waiting; the store owns the state and
changes it in one step per event: a request asks to go (``admit``), its answer arrives
(``answered``), it ends without one (``release``), a 429 blocks the group (``block``). Every
rule about budgets, windows and blocks lives in those transitions, so a store shared by
several processes (Redis) makes them one gate.

Times are the store's: a store shared across hosts cannot use any one process's monotonic
clock, so every wait it returns is a duration (seconds from now), never an instant.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from .._ratelimit import GroupKey, RateLimitInfo

__all__ = ["Admission", "DedupeStore", "GateStore", "Jitter", "Store"]

Jitter = Callable[[], float]
"""Seconds added to a release at an announced reset (``RELEASE_JITTER``); called only when a
transition needs it, so a seeded RNG draws the same numbers whichever store is used."""


@dataclass(frozen=True)
class Admission:
    """The store's answer to "may this request go now?".

    Admitted when ``lease`` is set: the request counts in flight until the lease is released
    (or, if its process dies, until the lease times out). Otherwise wait ``wait`` seconds and
    ask again; ``probe_done``, when set, ends the wait early (the group's probe was answered).
    """

    lease: str | None = None
    wait: float = 0.0
    probe: bool = False
    """This request is the group's probe: the others wait for its headers."""
    probe_done: asyncio.Event | None = None
    polling: bool = False
    """The wait is a short poll for another process's probe, not a block: a caller's
    ``max_wait`` does not apply to it."""
    fallback: bool = False
    """The shared store failed and the process's own state answered instead."""
    early: bool = False
    """Admitted on the window's send-anchored bound, before its receive-anchored one: a 429
    to this request is one the later bound would have avoided (see ``block(avoidable=)``)."""


@runtime_checkable
class GateStore(Protocol):
    """The gate's state per (credential fingerprint, method, path family) and organization.

    ``answered`` with ``lease=None`` learns from headers without ending a request's lease;
    ``sent`` is how many seconds ago the answered request was sent (a duration, so any clock
    will do), from which the store keeps the window's send-anchored bound. ``block`` with
    ``avoidable`` (the refused request was ``Admission.early``) holds the group on the later
    bound for ``LATE_HOLD`` seconds and widens its guard.
    """

    async def admit(
        self, key: GroupKey, *, org: str | None, impatient: bool, jitter: Jitter
    ) -> Admission: ...

    async def answered(
        self,
        key: GroupKey,
        lease: str | None,
        info: RateLimitInfo,
        *,
        jitter: Jitter,
        sent: float | None = None,
    ) -> None: ...

    async def release(self, key: GroupKey, lease: str) -> None: ...

    async def block(
        self,
        key: GroupKey,
        wait: float,
        *,
        limit: int | None,
        org: str | None,
        avoidable: bool = False,
    ) -> float: ...

    async def blocked_for(self, key: GroupKey, *, org: str | None = None) -> float: ...

    async def in_flight(self, key: GroupKey) -> int: ...

    async def aclose(self) -> None: ...


@runtime_checkable
class DedupeStore(Protocol):
    """Which webhook deliveries were already handled, within a window."""

    async def first_delivery(self, key: str, window: float) -> bool: ...

    async def forget(self, key: str) -> None: ...


@runtime_checkable
class Store(GateStore, DedupeStore, Protocol):
    """Both: one object a client and a webhook router can share."""
