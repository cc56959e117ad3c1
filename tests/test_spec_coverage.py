"""openapi.yaml covers every documented operation of the Close API, under our conventions."""

from __future__ import annotations

import re
import sys
from collections import Counter

from spec_helpers import ROOT, SPEC, operations

sys.path.insert(0, str(ROOT / "scripts"))

from spec_stats import documented_operations, spec_operations  # noqa: E402

OPERATIONS = list(operations())


def test_no_documented_operation_is_missing() -> None:
    missing = sorted(set(documented_operations()) - set(spec_operations(SPEC)))
    assert missing == []


def test_operation_ids_are_unique_snake_case_verb_resource() -> None:
    ids = [operation["operationId"] for _, _, operation in OPERATIONS]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert [i for i in ids if not re.fullmatch(r"[a-z]+(_[a-z0-9]+)*", i)] == []


def test_every_operation_has_one_tag_a_summary_and_a_description() -> None:
    incomplete = [
        f"{method.upper()} {path}"
        for path, method, operation in OPERATIONS
        if len(operation.get("tags", [])) != 1
        or not operation.get("summary")
        or not operation.get("description")
    ]
    assert incomplete == []


def test_every_operation_documents_the_shared_error_responses() -> None:
    expected = {"400", "401", "402", "403", "429"}
    lacking = [
        f"{method.upper()} {path}"
        for path, method, operation in OPERATIONS
        if not expected <= set(operation["responses"])
        or ("{" in path and "404" not in operation["responses"])
    ]
    assert lacking == []


def test_time_zone_dependent_operations_take_x_tz_offset() -> None:
    def takes_tz(operation: dict) -> bool:
        refs = [p.get("$ref", "") for p in operation.get("parameters", [])]
        return "#/components/parameters/TzOffset" in refs

    dependent = [
        ("get", "/lead/"),
        ("get", "/opportunity/"),
        ("put", "/opportunity/{id}/"),
        ("get", "/task/"),
        ("post", "/data/search/"),
    ] + [(m, p) for p, m, _ in OPERATIONS if p.startswith("/report/")]
    assert [f"{m} {p}" for m, p in dependent if not takes_tz(SPEC["paths"][p][m])] == []


def test_search_is_tagged_advanced_filtering() -> None:
    operation = SPEC["paths"]["/data/search/"]["post"]
    assert (operation["tags"], operation["operationId"]) == (["advanced_filtering"], "search")
