"""The fixtures extracted from Close's reference material are reproducible and consistent.

tests/fixtures/examples.json and tests/fixtures/documented_operations.txt are written by
scripts/extract_examples.py and scripts/extract_inventory.py (never by hand). Regenerating them
needs the reference folder ($CLOSE_API_DOCS, default /work/shared/close-api-docs); the
byte-for-byte checks are skipped where it is not available.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests/fixtures"
DOCS = Path(os.environ.get("CLOSE_API_DOCS", "/work/shared/close-api-docs"))
EXAMPLES: list[dict[str, Any]] = json.loads((FIXTURES / "examples.json").read_text("utf-8"))
OPERATIONS = (FIXTURES / "documented_operations.txt").read_text("utf-8").splitlines()

# Examples tied to an operation (as written in the source) that is not in the current API.
NOT_DOCUMENTED = {
    ("GET", "/report/custom/lead/{}/"): (
        "seed 003, custom report: one example's request line reads "
        "`GET /report/custom/lead/orga_…/`, while the operation's curl template and the current "
        "API only have GET /report/custom/{}/ (typo in the source)"
    ),
    ("PUT", "/activity/custom/"): (
        "seed 003, 'Updating a Custom Activity instance': the curl line lacks the `{id}` segment; "
        "the current API has PUT /activity/custom/{}/ (typo in the source)"
    ),
}


@pytest.mark.skipif(not DOCS.is_dir(), reason=f"reference material not found at {DOCS}")
@pytest.mark.parametrize(
    ("script", "fixture"),
    [
        ("extract_examples.py", "examples.json"),
        ("extract_inventory.py", "documented_operations.txt"),
    ],
)
def test_regenerating_reproduces_the_committed_fixture(
    script: str, fixture: str, tmp_path: Path
) -> None:
    output = tmp_path / fixture
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / script), "--docs", str(DOCS)]
        + ["--output", str(output), "--quiet"],
        check=True,
        capture_output=True,
    )
    assert output.read_bytes() == (FIXTURES / fixture).read_bytes(), (
        f"tests/fixtures/{fixture} is stale: run scripts/{script}"
    )


def test_documented_operations_are_a_sorted_checklist() -> None:
    assert len(OPERATIONS) >= 293
    assert OPERATIONS == sorted(set(OPERATIONS))
    for line in OPERATIONS:
        method, path = line.split(" ")
        assert method in {"GET", "POST", "PUT", "PATCH", "DELETE"}
        assert path.startswith("/") and path.endswith("/")
        assert re.search(r"\{[^}]", path) is None, f"named parameter in {line}"


def test_example_records_are_well_formed() -> None:
    ids = [example["id"] for example in EXAMPLES]
    assert len(ids) == len(set(ids))
    for example in EXAMPLES:
        assert example["kind"] in {"request", "response"}
        assert (example["method"] is None) == (example["path"] is None), example["id"]
        if example["method"] is None:
            assert example.get("note"), f"{example['id']}: unassociated without a reason"


def test_every_associated_example_is_a_documented_operation() -> None:
    documented = {tuple(line.split(" ")) for line in OPERATIONS}
    found = {(e["method"], e["path"]) for e in EXAMPLES if e["method"]}
    assert sorted(found - documented - set(NOT_DOCUMENTED)) == []
    assert sorted(set(NOT_DOCUMENTED) - found) == [], "stale entries in NOT_DOCUMENTED"
