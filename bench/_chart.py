"""The throughput chart: per client, 2xx/s and 429s/s over time against the limit.

Imported only when the throughput benchmark has results, because matplotlib is slow to import
and only this chart needs it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib

matplotlib.use("Agg")  # no display: render straight to PNG

import matplotlib.pyplot as plt  # noqa: E402

if TYPE_CHECKING:
    from .throughput import Run

__all__ = ["throughput_chart"]

BIN = 1.0


def _per_second(times: Sequence[float], start: float, bins: int) -> list[int]:
    counts = [0] * bins
    for t in times:
        index = int((t - start) // BIN)
        if 0 <= index < bins:
            counts[index] += 1
    return counts


def throughput_chart(runs: Sequence[Run], limit: int, path: Path) -> None:
    """One panel per client, sharing the time axis so their durations compare at a glance."""
    longest = max(run.seconds for run in runs)
    bins = math.ceil(longest / BIN) + 1
    figure, axes = plt.subplots(len(runs), 1, figsize=(9, 2.4 * len(runs)), sharex=True)
    for axis, run in zip(axes, runs, strict=True):
        ok = [r[0] for r in run.records if r[3] is not None and 200 <= r[3] < 300]
        throttled = [r[0] for r in run.records if r[3] == 429]
        xs = [i * BIN for i in range(bins)]
        axis.bar(xs, _per_second(throttled, run.start, bins), width=BIN * 0.9, align="edge",
                 color="tab:red", alpha=0.6, label="429/s")
        axis.step(xs, _per_second(ok, run.start, bins), where="post", color="tab:blue",
                  label="2xx/s")
        axis.axhline(limit, color="black", linestyle="--", linewidth=0.8, label="limit")
        axis.set_ylabel("requests/s")
        axis.set_title(f"{run.name}: {len(ok)} ok, {len(throttled)} × 429 in {run.seconds:.1f} s",
                       fontsize=9)
        axis.set_ylim(0, limit * 3)
        axis.legend(loc="upper right", fontsize=7)
    axes[-1].set_xlabel("seconds since the client started")
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100)
    plt.close(figure)
