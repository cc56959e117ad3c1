"""``python -m bench [NAME ...]``: run the benchmarks (all by default), write ``BENCHMARKS.md``.

The order is deliberate: the CPU-sensitive benchmarks (overhead, parsing) run first, before
the long throughput run, and nothing else of the suite runs meanwhile.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time

from ._common import ROOT, Section
from ._report import render

BENCHMARKS = ("overhead", "parsing", "imports", "memory", "throughput", "shared_gate")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"any of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--output", default=str(ROOT / "BENCHMARKS.md"))
    args = parser.parse_args(argv)
    unknown = set(args.names) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    names = [name for name in BENCHMARKS if not args.names or name in args.names]
    started = time.perf_counter()
    sections: list[Section] = []
    for name in names:
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        began = time.perf_counter()
        section: Section = importlib.import_module(f"bench.{name}").run()
        section.seconds = time.perf_counter() - began
        sections.append(section)
        verdict = "ok" if section.passed else "target missed"
        print(f"bench: {name}: {verdict} ({section.seconds:.0f} s)", file=sys.stderr, flush=True)
    with open(args.output, "w", encoding="utf-8") as report:
        # Run in the order above; report in the order (titles start with its number).
        ordered = sorted(sections, key=lambda section: section.title)
        report.write(render(ordered, time.perf_counter() - started))
    print(f"bench: wrote {args.output} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
