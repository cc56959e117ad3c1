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

Latency per leg: a request is logged when it reaches the app (``RequestRecord.time``, as good
as its send time on loopback), waits ``latency_request`` (the request leg: only then does the
limiter count it and measure its ``reset``, ``RequestRecord.handled``), is processed, and its
answer waits ``latency_response`` (the response leg) before it is written. Each leg adds
``uniform(0, latency_jitter)`` from its own seeded RNG (``latency_seed``), so jitter never
shifts the fault draws. ``latency`` is the request leg when ``latency_request`` is not set,
which is what the single knob always meant: the server counted a request ``latency`` after it
arrived and answered at once.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["FaultDecision", "Faults", "decide", "latency_legs"]


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
    """Seconds the server waits before handling each request (``asyncio.sleep``): the request
    leg, unless ``latency_request`` is set."""
    groups: tuple[str, ...] | None = None
    """Only requests of these endpoint groups (e.g. ``"GET /lead/"``); None means all."""
    latency_request: float | None = None
    """Seconds from a request's arrival to when the limiter counts it (the request leg)."""
    latency_response: float = 0.0
    """Seconds from handling a request to writing its answer (the response leg)."""
    latency_jitter: float = 0.0
    """Seconds at most added to each leg, uniformly drawn per leg and request."""
    latency_seed: int = 0
    _latency_rng: random.Random = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._latency_rng = random.Random(f"latency-{self.latency_seed}")


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


def latency_legs(faults: Faults) -> tuple[float, float]:
    """(request leg, response leg) in seconds for one request, jitter included."""
    up = faults.latency if faults.latency_request is None else faults.latency_request
    down, jitter = faults.latency_response, faults.latency_jitter
    if jitter > 0:
        rng = faults._latency_rng
        up, down = up + rng.uniform(0, jitter), down + rng.uniform(0, jitter)
    return max(0.0, up), max(0.0, down)
