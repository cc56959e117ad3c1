"""Counters a service can export as metrics; one instance per client, never global."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ClientStats"]


@dataclass
class ClientStats:
    """What one client's transport did. Read it with ``custom.stats(client)``.

    ``total_wait`` is every second spent waiting: at the rate-limit gate (after a 429 or a
    ``remaining=0`` announcement) and in backoff before a retry.
    """

    requests: int = 0
    """Requests handed to the network, retries included."""
    retries: int = 0
    """Requests sent again after a 429 or a transient failure."""
    rate_limited: int = 0
    """429 responses received."""
    gate_waits: int = 0
    """Times a request waited at its group's gate before being sent."""
    total_wait: float = 0.0
    """Seconds spent waiting at the gate or backing off."""
    store_fallbacks: int = 0
    """Requests admitted by this process's own gate because the shared store (Redis) did not
    answer in time; non-zero means the processes' budgets were briefly not shared."""
