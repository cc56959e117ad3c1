"""Test doubles for the custom/ tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

import asyncio


class FakeTime:
    """A monotonic clock that sleeping advances at once: a sleeper wakes at its deadline.

    Concurrent sleepers see time jump forward when another one sleeps; it never goes
    backwards and nobody wakes before the time it asked for.
    """

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)
