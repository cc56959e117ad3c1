"""Benchmark 5: ``LeadList.from_dict`` of a 100-lead page against ``json.loads`` of its bytes.

The page is the simulator's (``_fixture``): leads with contacts, an opportunity and custom
fields. ``from_dict`` is timed on an already decoded dict (it copies what it pops, so the dict
can be reused), and ``json.loads`` on the raw bytes; each figure is the median of several
repeats of a tight loop, in the same process, interleaved.
"""

from __future__ import annotations

import cProfile
import json
import pstats
import timeit

from close_api_client.models.lead_list import LeadList

from ._common import ROOT, Section, Table, median
from ._fixture import PAGE_SIZE, page_bytes

__all__ = ["run"]

LOOPS = 20
REPEATS = 7


def _hotspots(data: dict[str, object], top: int = 6) -> tuple[Table, float]:
    """The functions ``from_dict`` spends its own time in (cProfile, tottime), and the share
    spent in the import system (``from ..models.x import X`` statements inside ``from_dict``
    run on every call)."""
    profiler = cProfile.Profile()
    LeadList.from_dict(data)  # any lazily imported model is imported before profiling
    profiler.enable()
    for _ in range(LOOPS):
        LeadList.from_dict(data)
    profiler.disable()
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]]
    raw = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values())
    imports = sum(v[2] for k, v in raw.items() if "importlib" in k[0] or k[2] == "_handle_fromlist")
    table = Table(["function (cProfile, own time)", "calls / page", "share of from_dict"])
    for (filename, line, name), (_, calls, tottime, _, _) in sorted(
        raw.items(), key=lambda item: -item[1][2]
    )[:top]:
        where = filename.split("site-packages/")[-1].removeprefix(str(ROOT) + "/")
        table.rows.append(
            [f"`{name}` ({where}:{line})", f"{calls // LOOPS:,}", f"{tottime / total:.0%}"]
        )
    return table, imports / total


def run() -> Section:
    content = page_bytes()
    data = json.loads(content)
    loads, parse = [], []
    for _ in range(REPEATS):
        loads.append(timeit.timeit(lambda: json.loads(content), number=LOOPS) / LOOPS)
        parse.append(timeit.timeit(lambda: LeadList.from_dict(data), number=LOOPS) / LOOPS)
    loads_s, parse_s = median(loads), median(parse)
    hotspots, import_share = _hotspots(data)
    table = Table(["step", "per page", "per lead", "ratio to `json.loads`"])
    for name, seconds in (
        ("`json.loads(bytes)`", loads_s),
        ("`LeadList.from_dict(dict)`", parse_s),
        ("both (what a generated function does)", loads_s + parse_s),
    ):
        table.rows.append(
            [
                name,
                f"{seconds * 1000:.2f} ms",
                f"{seconds / PAGE_SIZE * 1e6:.1f} µs",
                f"{seconds / loads_s:.2f}",
            ]
        )
    return Section(
        title="5. Parsing a page",
        measured=(
            f"A {PAGE_SIZE}-lead page from the simulator ({len(content) / 1024:.0f} kB of JSON: "
            "each lead with 2 contacts with phones and emails, 1 opportunity, and lead custom "
            f"fields). Median of {REPEATS} repeats of {LOOPS} parses each. No target in the "
            "issue: the figure is the price of typed models over plain dicts."
        ),
        tables=[table, hotspots],
        notes=[
            "The second table: where `from_dict` spends its own time (cProfile, so relative "
            "shares only). It is spread over the generated `from_dict` of the nested models "
            "(lead, contact, phone, email, opportunity): per field a `dict.pop`, and for "
            "nullable or union fields a small `_parse_<field>` closure that the generated code "
            "defines anew on every call. "
            f"{import_share:.0%} of it is the import system: the generated `from_dict` "
            "functions run `from ..models.x import X` inside the function (the generator's "
            "way around circular imports), which costs an import-system lookup per nested "
            "object. A generator template that resolves nested classes once per module "
            "(e.g. a module-level lazy lookup) and hoists the `_parse_<field>` helpers to "
            "module level would remove both costs; callers that need only a few fields can "
            "pass `fields=` (Close's `_fields`) to shrink the bytes and the parse."
        ],
    )
