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
        axis.step(
            xs, _per_second(ok, run.start, bins), where="post", color="tab:blue", label="2xx/s"
        )
        axis.axhline(limit, color="black", linestyle="--", linewidth=0.8, label="limit")
        axis.set_ylim(0, limit * 1.5)
        axis.set_ylabel("2xx/s")
        # 429s get their own axis: a naive client's hundreds per second would flatten the rest.
        twin = axis.twinx()
        twin.bar(
            xs,
            _per_second(throttled, run.start, bins),
            width=BIN * 0.8,
            align="edge",
            color="tab:red",
            alpha=0.45,
            label="429/s",
        )
        twin.set_ylabel("429/s", color="tab:red")
        twin.set_ylim(bottom=0)
        axis.set_title(
            f"{run.name}: {len(ok)} ok, {len(throttled)} × 429 in {run.seconds:.1f} s", fontsize=9
        )
        handles = axis.get_legend_handles_labels()[0] + twin.get_legend_handles_labels()[0]
        axis.legend(handles=handles, loc="lower right", fontsize=7)
    axes[-1].set_xlabel("seconds since the client started")
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100)
    plt.close(figure)
