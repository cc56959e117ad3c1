"""What a real app writes type-checks under ``mypy --strict`` with no cast and no guard.

Each module of ``tests/typing/`` is a piece of user code for one item of issue 22 (nested
response fields, per-object-type events, typed search queries, ``close_lifespan`` options,
``RedisStore``, fields observed as null). They are checked in the mypy run of
``test_readme_types.py`` (its ``mypy_report`` fixture copies them to ``snippets/``); the revealed
types pin what a user sees, and the one module that misspells an option must be the only error.
"""

from __future__ import annotations

import re

import pytest
from test_readme_types import SNIPPETS, mypy_report

__all__ = ["mypy_report"]  # the fixture, shared: one mypy run for README blocks and snippets
M = "close_api_client.models."

EXPECTED_REVEALS: dict[str, list[str]] = {
    "lead_nested": ["str", "str", "int"],
    "events": [
        f"{M}lead.Lead",
        "int",
        f"{M}event_object_data.EventObjectData | None | close_api_client.types.Unset",
        "str",
    ],
    "search_query": [
        " | ".join(
            f"{M}{module}.{name}"
            for module, name in [
                ("search_and_query", "SearchAndQuery"),
                ("search_field_condition_query", "SearchFieldConditionQuery"),
                ("search_has_related_query", "SearchHasRelatedQuery"),
                ("search_object_type_query", "SearchObjectTypeQuery"),
                ("search_or_query", "SearchOrQuery"),
                ("search_query", "SearchQuery"),
                ("search_saved_search_query", "SearchSavedSearchQuery"),
            ]
        )
    ],
    "options": ["custom._store._redis.RedisStore"],
    "observed": ["None | str", "None | str", "None | str"],
}


def _lines(report: str, module: str, kind: str) -> list[str]:
    pattern = rf"snippets[/\\]{module}\.py:\d+: {kind}: (.*)"
    return re.findall(pattern, report)


def test_the_only_error_is_the_misspelt_lifespan_option(mypy_report: str) -> None:
    ours = [line for line in mypy_report.splitlines() if re.search(r"snippets[/\\]", line)]
    errors = [line for line in ours if ": error:" in line]
    assert len(errors) == 1, mypy_report
    assert "options_misspelt.py:" in errors[0]
    assert 'Unexpected keyword argument "redis_ur" for "close_lifespan"' in errors[0]


@pytest.mark.parametrize("module", sorted(EXPECTED_REVEALS))
def test_revealed_types(mypy_report: str, module: str) -> None:
    notes = _lines(mypy_report, module, "note")
    revealed = [re.sub(r'^Revealed type is "(.*)"$', r"\1", n) for n in notes if "Revealed" in n]
    assert revealed == EXPECTED_REVEALS[module], mypy_report


def test_every_snippet_is_checked() -> None:
    names = {p.stem for p in SNIPPETS.glob("*.py")}
    assert names == set(EXPECTED_REVEALS) | {"options_misspelt"}


def test_no_snippet_needs_a_cast_or_an_ignore() -> None:
    for path in SNIPPETS.glob("*.py"):
        code = path.read_text()
        assert "cast(" not in code and "type: ignore" not in code, path.name
