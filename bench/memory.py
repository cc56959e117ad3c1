"""Benchmark 3: peak RSS while ``paginate`` walks 100,000 leads: it must not grow with the count.

The client runs in a fresh process (``python -m bench.memory URL COUNT``) so its RSS holds
nothing but the SDK and the walk. The leads come from ``_leadserver`` (its own process), which
synthesises 100-lead pages of simulator leads on the fly: seeding 100,000 leads into the
simulator would take about two minutes, and the server's memory is not what is measured.

The baseline is taken after the first 1,000 leads, once the lazily imported models and the
connection exist; growth is peak RSS minus that baseline, read when 30,000 and when all
100,000 leads have been seen (``SMALL`` says why not earlier). Flat means the two growths are
(nearly) the same.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

from ._common import ROOT, Check, Section, Table, child_env, serve_subprocess
from ._fixture import fixture_path

__all__ = ["run"]

TOTAL = 100_000
SMALL = 30_000
"""Where "flat" is measured from: with ``prefetch`` pages held (9 at most) the allocator's
arenas settle during the first tens of thousands of leads; growth after that would be a leak."""
BASELINE_AT = 1_000
TOLERANCE_MB = 2.0
"""Allowed extra growth from 30k to 100k leads: allocator noise, not a per-lead leak."""

MB = 1024 * 1024


async def _walk(url: str, total: int) -> dict[str, float]:
    import psutil  # type: ignore[import-untyped]

    from close_api_client.api.leads import list_leads
    from custom import Paging, create_client, paginate

    process = psutil.Process()
    rss = {"start": process.memory_info().rss / MB}
    peak, seen = 0.0, 0
    async with create_client(api_key="bench_key", base_url=f"{url}/api/v1") as client:
        async for _lead in paginate(list_leads, Paging(page_size=100), client=client):
            seen += 1
            if seen % 100:
                continue
            now = process.memory_info().rss / MB
            peak = max(peak, now)
            if seen == BASELINE_AT:
                rss["baseline"], peak = now, now
            if seen in (SMALL, total):
                rss[f"peak_{seen}"] = peak
    rss["seen"] = seen
    return rss


def _child(url: str, total: int) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-m", "bench.memory", url, str(total)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env(),
        check=True,
    )
    figures: dict[str, float] = json.loads(result.stdout)
    return figures


def run() -> Section:
    with serve_subprocess("bench._leadserver", str(fixture_path()), str(TOTAL)) as url:
        rss = _child(url, TOTAL)
    growth_small = rss[f"peak_{SMALL}"] - rss["baseline"]
    growth_total = rss[f"peak_{TOTAL}"] - rss["baseline"]
    table = Table(["point", "RSS (MB)"])
    table.rows += [
        ["after imports and `create_client`, before the first request", f"{rss['start']:.1f}"],
        [f"baseline: after {BASELINE_AT:,} leads", f"{rss['baseline']:.1f}"],
        [f"peak up to {SMALL:,} leads", f"{rss[f'peak_{SMALL}']:.1f}"],
        [f"peak up to {TOTAL:,} leads", f"{rss[f'peak_{TOTAL}']:.1f}"],
        [f"growth over baseline at {SMALL:,} leads", f"{growth_small:+.1f}"],
        [f"growth over baseline at {TOTAL:,} leads", f"{growth_total:+.1f}"],
    ]
    extra = growth_total - growth_small
    return Section(
        title="3. Memory while paginating",
        measured=(
            f"`paginate(list_leads, Paging(page_size=100))` over {int(rss['seen']):,} leads "
            "in a fresh client process, RSS sampled (psutil) after every page. "
            + "The leads come from a minimal server in its own process that synthesises pages "
            "of simulator leads (unique ids per page) on the fly: seeding 100,000 leads into "
            "the simulator takes about two minutes, and the server's memory is not measured. "
            f"Baseline: RSS after the first {BASELINE_AT:,} leads (models imported, connection "
            "open); growth: peak RSS minus baseline."
        ),
        tables=[table],
        checks=[
            Check(
                f"extra peak growth from {SMALL:,} to {TOTAL:,} leads",
                f"{extra:+.1f} MB",
                f"<= {TOLERANCE_MB:.0f} MB (flat)",
                extra <= TOLERANCE_MB,
            )
        ],
    )


if __name__ == "__main__":
    print(json.dumps(asyncio.run(_walk(sys.argv[1], int(sys.argv[2])))))
