"""Print the operations of openapi.yaml per tag, the total, and documented ones missing.

make spec-stats
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "post", "put", "delete", "patch")


def spec_operations(spec: dict) -> dict[str, str]:
    """`METHOD /path/{}/` -> tag, for every operation in the spec."""
    operations = {}
    for path, item in spec["paths"].items():
        normalised = re.sub(r"\{[^}]+\}", "{}", path)
        for method in METHODS:
            if method in item:
                operations[f"{method.upper()} {normalised}"] = item[method]["tags"][0]
    return operations


def documented_operations() -> list[str]:
    text = (ROOT / "tests/fixtures/documented_operations.txt").read_text()
    return [line.strip() for line in text.splitlines() if line.strip()]


def main() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    operations = spec_operations(spec)
    for tag, count in sorted(Counter(operations.values()).items()):
        print(f"{count:4d}  {tag}")
    print(
        f"{len(operations):4d}  operations in total, {len(spec['components']['schemas'])} schemas"
    )
    missing = sorted(set(documented_operations()) - set(operations))
    print(f"documented operations missing from the spec: {len(missing)}")
    for operation in missing:
        print(f"      {operation}")


if __name__ == "__main__":
    main()
