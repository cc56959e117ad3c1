"""Fault injection: transient 5xx answers, dropped connections and added latency.

Decisions come from the simulator's seeded fault RNG, one draw per request in arrival order,
so a run with the same seed and the same request sequence fails the same requests.

Dropped connections (``drop_rate``):

- served by uvicorn through :meth:`CloseSimulator.serve` (or ``python -m custom.simulator``),
  the socket is aborted without any response bytes, so the client sees the connection close
  (httpx: ``RemoteProtocolError: Server disconnected without sending a response`` or
  ``ReadError``);
- in-process through ``httpx.ASGITransport``, the app raises
  ``httpx.RemoteProtocolError("Server disconnected without sending a response.")``, the same
  exception type httpx raises for a real dropped connection, so retry logic sees a transport
  error either way.

``drop_phase="before"`` drops the request before it is applied (safe to retry);
``"after"`` applies it (a POST creates its object and emits its event) and then drops the
connection, the case where a client must not blindly resend a POST.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

__all__ = ["FaultDecision", "Faults", "decide"]


@dataclass
class Faults:
    """Fault knobs; assign a new instance to ``sim.faults`` (or edit it) at any time."""

    error_rate: float = 0.0
    """Probability that a request is answered with one of ``statuses`` instead of handled."""
    statuses: tuple[int, ...] = (502, 503, 504)
    retry_after: float | None = None
    """If set, injected 5xx answers carry ``retry-after`` (whole seconds, rounded up)."""
    drop_rate: float = 0.0
    """Probability that the connection is dropped without a response."""
    drop_phase: Literal["before", "after"] = "before"
    latency: float = 0.0
    """Seconds the server waits before answering each request (``asyncio.sleep``)."""
    groups: tuple[str, ...] | None = None
    """Only requests of these endpoint groups (e.g. ``"GET /lead/"``); None means all."""


@dataclass(frozen=True)
class FaultDecision:
    kind: Literal["error", "drop"] | None = None
    status: int = 0


def decide(faults: Faults, rng: random.Random, group: str) -> FaultDecision:
    if faults.groups is not None and group not in faults.groups:
        return FaultDecision()
    if faults.drop_rate and rng.random() < faults.drop_rate:
        return FaultDecision("drop")
    if faults.error_rate and faults.statuses and rng.random() < faults.error_rate:
        return FaultDecision("error", rng.choice(faults.statuses))
    return FaultDecision()
