"""Fixtures for the simulator's specification tests: a fake clock (no sleeping), a fixed
wall-clock start, and a plain httpx client talking to the simulator in-process."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest

from custom.simulator import CloseSimulator

START = datetime(2026, 3, 10, 15, 0, 0, tzinfo=UTC)


class FakeClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sim(clock: FakeClock) -> CloseSimulator:
    return CloseSimulator(seed=7, clock=clock, start_time=START, oauth_tokens=("tok_123",))


@pytest.fixture
async def http(sim: CloseSimulator) -> AsyncIterator[httpx.AsyncClient]:
    async with sim.client() as client:
        yield client
