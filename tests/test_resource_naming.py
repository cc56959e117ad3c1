"""The naming rule of ``close.<tag>.<method>`` (stated in templates/endpoint_init.py.jinja).

The templates are rendered here, in-process, for small specs: the same generator objects
``make generate`` builds, without writing a package. A spec whose names would collide must
stop the generation, naming both operations; a resolvable collision falls back to the
operationIds.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jinja2
import pytest
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.openapi import GeneratorData

ROOT = Path(__file__).resolve().parent.parent


def _spec(operations: dict[str, tuple[str, str]]) -> dict[str, Any]:
    """A spec with one GET per operationId: ``{operation_id: (tag, path)}``."""
    paths: dict[str, Any] = {}
    for operation_id, (tag, path) in operations.items():
        paths.setdefault(path, {})["get"] = {
            "operationId": operation_id,
            "tags": [tag],
            "responses": {"200": {"description": "ok"}},
        }
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths}


def _project(spec: dict[str, Any], tmp_path: Path) -> Project:
    source = tmp_path / "spec.json"
    source.write_text(json.dumps(spec))
    config_file = ConfigFile.load_from_path(ROOT / "generator-config.yml")
    config = Config.from_sources(config_file, MetaType.NONE, source, "utf-8", True, None)
    data = GeneratorData.from_dict(spec, config=config)
    assert isinstance(data, GeneratorData), data
    return Project(openapi=data, config=config, custom_template_path=ROOT / "templates")


def methods(spec: dict[str, Any], tmp_path: Path, tag: str) -> dict[str, str]:
    """``{method name: operation module}`` of the tag's generated resource class."""
    project = _project(spec, tmp_path)
    template = project.env.get_template("endpoint_init.py.jinja")
    source = template.render(endpoint_collection=project.openapi.endpoint_collections_by_tag[tag])
    ast.parse(source)  # valid Python
    defined = dict(
        re.findall(r"\n    async def (\w+)\(.*?from \.(\w+) import asyncio", source, re.S)
    )
    for public, private in re.findall(r"\n    (\w+) = (_\w+)\n", source):
        defined[public] = defined.pop(private)
    return defined


def test_verb_and_resource_give_the_verb(tmp_path: Path) -> None:
    spec = _spec(
        {
            "list_leads": ("leads", "/lead/"),
            "get_lead": ("leads", "/lead/{id}/"),
            "merge_leads": ("leads", "/lead/merge/"),
            "list_lead_custom_fields": ("leads", "/custom_field/lead/"),
        }
    )
    spec["paths"]["/lead/{id}/"]["get"]["parameters"] = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    assert methods(spec, tmp_path, "leads") == {
        "list": "list_leads",
        "get": "get_lead",
        "merge": "merge_leads",
        "list_lead_custom_fields": "list_lead_custom_fields",
    }


@pytest.mark.parametrize(
    ("tag", "operation_id", "method"),
    [
        ("opportunities", "get_opportunity", "get"),  # -ies / -y
        ("lead_statuses", "update_lead_status", "update"),  # -es, two words
        ("sms", "list_sms", "list"),  # same in both numbers
        ("me", "get_me", "get"),
        ("advanced_filtering", "search", "search"),  # a one-word operationId
        ("tasks", "bulk_update_tasks", "bulk_update_tasks"),  # a two-word verb keeps its id
        ("leads", "import_leads", "import_"),  # a keyword gets an underscore
    ],
)
def test_naming_rule(tmp_path: Path, tag: str, operation_id: str, method: str) -> None:
    spec = _spec({operation_id: (tag, "/x/")})
    assert methods(spec, tmp_path, tag) == {method: operation_id}


def test_a_collision_falls_back_to_the_operation_ids(tmp_path: Path) -> None:
    spec = _spec({"list_lead": ("leads", "/a/"), "list_leads": ("leads", "/b/")})
    assert methods(spec, tmp_path, "leads") == {
        "list_lead": "list_lead",
        "list_leads": "list_leads",
    }


def test_an_unresolved_collision_fails_the_generation_naming_both(tmp_path: Path) -> None:
    spec = _spec({"get_lead": ("leads", "/a/{id}/"), "getLead": ("leads", "/b/{id}/")})
    for path in ("/a/{id}/", "/b/{id}/"):
        spec["paths"][path]["get"]["parameters"] = [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        ]
    with pytest.raises(jinja2.UndefinedError, match="resource naming collision in tag leads") as e:
        methods(spec, tmp_path, "leads")
    assert "operations GET /a/{id}/ and GET /b/{id}/ would both be" in str(e.value)


def test_a_tag_named_like_an_attribute_of_close_fails_the_generation(tmp_path: Path) -> None:
    project = _project(_spec({"get_client": ("client", "/client/")}), tmp_path)
    with pytest.raises(jinja2.UndefinedError, match="tag client cannot be an attribute"):
        project.env.get_template("api_init.py.jinja").render()


def test_the_committed_package_has_one_method_per_operation() -> None:
    """Every endpoint module of every tag is reachable as exactly one method."""
    api = ROOT / "close_api_client" / "api"
    for tag_dir in sorted(p for p in api.iterdir() if (p / "__init__.py").exists()):
        modules = {p.stem for p in tag_dir.glob("*.py") if p.stem != "__init__"}
        source = (tag_dir / "__init__.py").read_text()
        called = re.findall(r"from \.(\w+) import asyncio|from \. import (\w+)", source)
        assert sorted(a or b for a, b in called) == sorted(modules), tag_dir.name


def test_an_unusual_spec_gives_a_package_that_imports_lints_and_type_checks(
    tmp_path: Path,
) -> None:
    """The templates work with any spec, not only openapi.yaml: a UUID query parameter, an
    optional body with a field named `body` (so `body=` only), a multipart upload, an empty
    response, a list Close would return whole, and a body-cursor search."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    spec = ROOT / "tests" / "resources_edge_spec.yaml"  # hand-written, for this test
    script = ROOT / "scripts" / "generate.py"
    steps = [
        [sys.executable, str(script), "--output", "close_api_client", "--spec", str(spec)],
        [sys.executable, "-m", "ruff", "check", "close_api_client"],
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache")]
        + ["close_api_client"],
        [sys.executable, "-c", IMPORT_EDGE],
    ]
    for step in steps:
        result = subprocess.run(step, cwd=tmp_path, capture_output=True, text=True)
        assert result.returncode == 0, (step[1:3], result.stdout + result.stderr)
    assert result.stdout.split() == [
        "create",
        "delete",
        "list",
        "search",
        "update",
        "upload_widget_file",
    ]


IMPORT_EDGE = """
import inspect
from close_api_client.api import Resources
from close_api_client.api.widgets import WidgetsResource
assert list(inspect.signature(WidgetsResource.update).parameters) == ["self", "widget_id", "body"]
print(*sorted(n for n in dir(WidgetsResource) if not n.startswith("_")))
"""
