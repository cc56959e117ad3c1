"""Which failures are retried, for which methods, and how long to wait between tries.

Handwritten rather than built on ``stamina``: the waits here are not one call's private
backoff. A 429's wait is shared through the per-group gate (``_ratelimit.py``), the sleep and
clock are injected per client so tests never sleep, and the counters belong to the client.
stamina's test mode and instrumentation hooks are process-wide switches, and its decorator
owns the sleep, so it would fit only the small part left here: the exponential-with-full-jitter
formula below, which is two lines.

The rule that matters most: a request that may have reached the server is retried only if
its method is idempotent. A POST is retried after a 429 (Close did not apply it) or after a
connection error raised before anything was sent; otherwise the error surfaces, because a POST
that may have been applied must never be sent twice.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import httpx

__all__ = ["IDEMPOTENT_METHODS", "RetryPolicy", "is_unsent"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

# Raised before the request left this process: safe to retry for any method.
_NOT_SENT: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# May have happened after the server received the request: idempotent methods only.
_MAYBE_SENT: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


def is_unsent(exc: Exception) -> bool:
    """True when ``exc`` was raised before the request left this process (safe to resend)."""
    return isinstance(exc, _NOT_SENT)


@dataclass(frozen=True)
class RetryPolicy:
    """Bounds on retrying; one instance per client, immutable so derived clients can share it.

    ``max_retries`` counts every retry of one request (429s and transient failures alike);
    ``max_retry_time`` bounds the total time one call spends waiting: at the rate-limit gate,
    for a 429's announced reset and backing off from transient failures. A wait that does
    not fit in what is left is not started: a 429 (or a group blocked for longer) raises
    ``RateLimitError`` at once, carrying the wait; a transient failure raises its error.
    500 is retried along with 502/503/504 for idempotent methods: repeating a GET is harmless
    and Close's 500s are mostly transient.
    """

    max_retries: int = 4
    max_retry_time: float = 60.0
    base_delay: float = 0.5
    max_delay: float = 8.0
    retry_statuses: frozenset[int] = field(default=frozenset({500, 502, 503, 504}))
    read_only_posts: frozenset[str] = field(default=frozenset({"data/search"}))
    """Path families whose POST only reads (Advanced Filtering), so retrying it is safe."""

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries {self.max_retries!r}: must be 0 or more")

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Exponential backoff with full jitter: uniform in [0, min(max, base * 2**attempt)]."""
        return rng.uniform(0.0, min(self.max_delay, self.base_delay * 2.0**attempt))

    def growing_backoff(self, attempt: int, rng: random.Random) -> float:
        """Exponential backoff with "equal" jitter: never shorter than half the step.

        For a 429 that gave no wait: the server is saturated, so each retry must back off
        further, which full jitter (possibly zero) does not guarantee.
        """
        step = min(self.max_delay, self.base_delay * 2.0**attempt)
        return step / 2 + rng.uniform(0.0, step / 2)

    def is_idempotent(self, method: str, family: str) -> bool:
        """May this request be sent twice? ``family`` is the path family (``data/search``)."""
        method = method.upper()
        return method in IDEMPOTENT_METHODS or (method == "POST" and family in self.read_only_posts)

    def retry_reason(self, exc: Exception, idempotent: bool) -> str | None:
        """Why ``exc`` may be retried, or None if it must surface."""
        if is_unsent(exc):
            return f"{type(exc).__name__} before sending"
        if isinstance(exc, _MAYBE_SENT) and idempotent:
            return type(exc).__name__
        return None

    def retries_status(self, status_code: int, idempotent: bool) -> bool:
        """True for a transient 5xx of an idempotent request (429 is handled by the gate)."""
        return status_code in self.retry_statuses and idempotent
