"""The clock the store tests move by hand: one for the store and its fallback alike, so a
test says exactly how much time passes (``clock.now += 0.5``) and nothing sleeps."""

from __future__ import annotations


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now
