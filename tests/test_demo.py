"""The demo's summary says what each figure means, on fake time (no sleeping).

The storm line is the one that misled: a sum of waits over concurrent tasks reads like the
run's duration. It must be labelled as a sum, next to the real elapsed time.
"""

from __future__ import annotations

import asyncio
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo.py"


class FakeTime:
    """Monotonic seconds that sleeping advances at once."""

    def __init__(self) -> None:
        self.now = 1000.0

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


def load_demo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("demo_under_test", DEMO)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_summary_line_says_what_to_take_from_it(capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeTime()
    asyncio.run(load_demo().run_simulated(30, clock=fake.clock, sleep=fake.sleep))
    summary = capsys.readouterr().out.split("\nSummary", 1)[1].splitlines()[1:]
    figures = [line for line in summary if not line.lstrip().startswith("->")]
    meanings = [line for line in summary if line.lstrip().startswith("->")]
    labelled = [line for line in figures if re.match(r"  \S", line)]
    assert len(labelled) == 7 and len(meanings) == 8  # the storm has two figure lines
    text = "\n".join(summary)
    assert "30 / 30" in text and "30 concurrent reads, limit 10/s, 5 x 429" in text
    waited = re.search(r"(\d+) s waited, summed over the 30 tasks\n\s+-> not wall time", text)
    assert waited is not None and int(waited.group(1)) > 0
