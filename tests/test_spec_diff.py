"""scripts/spec_diff.py reports what differs between two specs, on two tiny inline ones.

The tool is how the next Close release gets reconciled, so each kind of difference it claims to
print is checked here against specs small enough to see the right answer by eye.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from spec_helpers import ROOT

_SPEC = importlib.util.spec_from_file_location("spec_diff", ROOT / "scripts/spec_diff.py")
assert _SPEC is not None and _SPEC.loader is not None
spec_diff = importlib.util.module_from_spec(_SPEC)
sys.modules["spec_diff"] = spec_diff
_SPEC.loader.exec_module(spec_diff)


def _ok(schema: dict[str, Any], code: str = "200") -> dict[str, Any]:
    return {code: {"description": "ok", "content": {"application/json": {"schema": schema}}}}


THEIRS: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/thing/{id}/": {
            "get": {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "_fields", "in": "query", "schema": {"type": "string"}},
                    {"name": "ids", "in": "query", "schema": {"type": "array", "items": {}}},
                ],
                "responses": _ok({"$ref": "#/components/schemas/Thing"}),
            },
        },
        "/thing/": {
            "post": {
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"name": {}, "tag": {}}}
                        }
                    }
                },
                "responses": _ok({"$ref": "#/components/schemas/Thing"}, "201"),
            }
        },
        "/gone/": {"delete": {"responses": {"204": {"description": "gone"}}}},
        "/placeholder/": {
            "get": {"responses": _ok({"type": "object", "properties": {}, "title": "Empty"})}
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "kind": {"$ref": "#/components/schemas/Kind"},
                    "items": {"type": ["array", "null"], "items": {"type": "string"}},
                    "note": {"type": ["string", "null"]},
                    "extra": {"type": "string"},
                },
            },
            "Kind": {"type": "string", "enum": ["a", "b", "c"]},
        }
    },
}

OURS: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/thing/{thing_id}/": {
            "get": {
                "parameters": [
                    {"$ref": "#/components/parameters/Id"},
                    {"name": "ids", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": _ok({"$ref": "#/components/schemas/Thing"}),
            },
        },
        "/thing/": {
            "post": {
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"name": {}}}
                        }
                    }
                },
                "responses": _ok({"$ref": "#/components/schemas/Thing"}),
            }
        },
        "/placeholder/": {"get": {"responses": _ok({"type": "object"})}},
        "/ours-only/": {"get": {"responses": {"200": {"description": "ok"}}}},
    },
    "components": {
        "parameters": {
            "Id": {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}
        },
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "kind": {"type": "string", "enum": ["a", "b"]},
                    "items": {"type": "array", "items": {"type": "string"}},
                    "note": {"type": "string"},
                },
            }
        },
    },
}


@pytest.fixture(scope="module")
def diff() -> Any:
    return spec_diff.compare(THEIRS, OURS)


def test_operations_are_matched_with_path_parameters_normalised(diff: Any) -> None:
    assert diff.only_theirs == ["DELETE /gone/"]
    assert diff.only_ours == ["GET /ours-only/"]


def test_a_success_status_difference_is_reported(diff: Any) -> None:
    assert diff.statuses == ["POST /thing/: 201 there, 200 here"]


def test_a_nullable_list_there_that_is_not_nullable_here_is_crash_prone(diff: Any) -> None:
    assert list(diff.nullable_crash) == ["Thing.items (ours: Thing)"]
    assert list(diff.nullable_other) == ["Thing.note (ours: Thing)"]


def test_missing_query_parameters_fields_and_enum_values(diff: Any) -> None:
    assert diff.params_missing == ["GET /thing/{}/ _fields"]
    assert diff.params_total == 2
    assert diff.params_comma == ["GET /thing/{}/ ids: array there, string here"]
    assert list(diff.response_missing.values()) == ["Thing.extra (ours: Thing)"]
    assert sum(diff.response_fields.values()) == 4 and len(diff.response_fields) == 5
    assert diff.enums == {"Thing.kind (ours: Thing)": "c"}
    assert list(diff.request_missing.values()) == [
        "POST /thing/ body.tag (ours: POST /thing/ body)"
    ]


def test_placeholders_are_skipped_not_counted(diff: Any) -> None:
    assert diff.responses_placeholder == 1
    assert diff.responses_typed == 2


def test_the_report_prints_the_figures_and_exits_0(tmp_path: Path, capsys: Any) -> None:
    theirs, ours = tmp_path / "theirs.yml", tmp_path / "ours.yml"
    theirs.write_text(yaml.safe_dump(THEIRS))
    ours.write_text(yaml.safe_dump(OURS))
    assert spec_diff.main([str(theirs), str(ours)]) == 0
    out = capsys.readouterr().out
    assert "success status differences: 1" in out
    assert "nullable there, not here, crash-prone: 1" in out
    assert "query parameters present: 1/2 (50.0%)" in out
    assert "  DELETE /gone/" in out
