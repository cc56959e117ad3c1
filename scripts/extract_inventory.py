"""Write the checklist of documented operations, one `METHOD /path/{}/` per line.

    .venv/bin/python scripts/extract_inventory.py [--docs DIR] [--output PATH]

Reads `endpoint-inventory.md` of the reference folder (default: $CLOSE_API_DOCS or
/work/shared/close-api-docs) plus the operations that INDEX.md lists as missing from it (its
section "Operations found that are missing from `endpoint-inventory.md`": lines of the form
`` `METHOD /path/` ``), and writes tests/fixtures/documented_operations.txt, sorted and
deduplicated. Every path parameter is written `{}` (the normalisation of
tests/fixtures/examples.json).
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DOCS = Path(os.environ.get("CLOSE_API_DOCS", "/work/shared/close-api-docs"))
DEFAULT_OUTPUT = ROOT / "tests/fixtures/documented_operations.txt"
OPERATION = re.compile(r"`(GET|POST|PUT|PATCH|DELETE) (/[^`\s]*)`")
MISSING_SECTION = re.compile(
    r"^### Operations found that are missing from `endpoint-inventory\.md`\n(.*?)(?=^#|\Z)",
    re.MULTILINE | re.DOTALL,
)


def normalise(path: str) -> str:
    path = re.sub(r"\{[^}]*\}", "{}", path)
    return "/" + path.strip("/") + "/" if path.strip("/") else "/"


def inventory_operations(docs: Path) -> list[str]:
    text = (docs / "endpoint-inventory.md").read_text(encoding="utf-8")
    found = [
        f"{m.group(1)} {normalise(m.group(2))}"
        for line in text.splitlines()
        if line.startswith("- ") and (m := OPERATION.search(line))
    ]
    if match := re.search(r"Total: (\d+) operations", text):
        if int(match.group(1)) != len(found):
            raise SystemExit(f"inventory says {match.group(1)} operations, parsed {len(found)}")
    return found


def index_missing_operations(docs: Path) -> list[str]:
    """Operations INDEX.md names as missing from the inventory (bullets of its own section)."""
    text = (docs / "INDEX.md").read_text(encoding="utf-8")
    section = MISSING_SECTION.search(text)
    if not section:
        raise SystemExit("INDEX.md: section on operations missing from the inventory not found")
    found = []
    for line in section.group(1).splitlines():
        # Only bullets that introduce operations; "query parameters on `GET /x/`" adds none.
        head = line.split(" — ")[0].split("(")[0]
        if line.startswith("- ") and "parameters" not in line.split(" — ")[0]:
            found += [f"{m.group(1)} {normalise(m.group(2))}" for m in OPERATION.finditer(head)]
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--quiet", action="store_true", help="no summary on stdout")
    args = parser.parse_args(argv)
    inventory = inventory_operations(args.docs)
    missing = index_missing_operations(args.docs)
    operations = sorted(set(inventory) | set(missing))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("".join(f"{op}\n" for op in operations), encoding="utf-8")
    if not args.quiet:
        added = sorted(set(missing) - set(inventory))
        print(f"{len(inventory)} operations in endpoint-inventory.md")
        print(
            f"{len(missing)} named by INDEX.md as missing from the inventory, "
            f"{len(added)} of them actually missing: {', '.join(added) or '-'}"
        )
        print(f"{len(operations)} written to {args.output}")


if __name__ == "__main__":
    main()
