"""What every benchmark shares: its result shape, loopback servers in subprocesses, the fixture.

Servers always run in a separate process: on a 2-core machine a server thread in the client's
process would share the GIL with the client, so both the CPU figures and the timing under a
rate limit would partly measure the server.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "ROOT",
    "Check",
    "Section",
    "Table",
    "child_env",
    "median",
    "serve_subprocess",
]

ROOT = Path(__file__).resolve().parent.parent
"""The repository root: subprocesses run there so ``bench`` and ``custom`` import from source."""


@dataclass
class Check:
    """One target: the measured value against what the issue asks for."""

    name: str
    measured: str
    target: str
    passed: bool


@dataclass
class Table:
    """A Markdown table: a header row and rows of already formatted cells."""

    header: Sequence[str]
    rows: list[Sequence[str]] = field(default_factory=list)


@dataclass
class Section:
    """One benchmark's part of ``BENCHMARKS.md``."""

    title: str
    measured: str
    """What was measured and how, in a few sentences (the method is part of the figure)."""
    tables: list[Table] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Where the time goes, and what would fix a miss."""
    images: list[str] = field(default_factory=list)
    """Paths relative to the repository root."""
    seconds: float = 0.0
    """How long the benchmark itself took to run."""

    @property
    def passed(self) -> bool:
        return all(check.passed for check in self.checks)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a subprocess: this one, with the repo importable, plus ``extra``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    env.update(extra)
    return env


@contextlib.contextmanager
def serve_subprocess(module: str, *args: str) -> Iterator[str]:
    """Run ``python -m module args`` and yield its base URL (``http://127.0.0.1:PORT``).

    The server binds port 0 itself and prints ``READY <port>``, so there is no race for a
    port. It is terminated (by its pid) when the block ends.
    """
    proc = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=child_env(),
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().split()
        if len(line) != 2 or line[0] != "READY":
            raise RuntimeError(f"{module} did not start (exit code {proc.poll()})")
        yield f"http://127.0.0.1:{line[1]}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
