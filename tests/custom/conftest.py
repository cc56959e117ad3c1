"""Shared fixtures: virtual time, so no test ever sleeps for real."""

from __future__ import annotations

import random

import pytest
from close_fakes import FakeTime


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def rng() -> random.Random:
    return random.Random(4)
