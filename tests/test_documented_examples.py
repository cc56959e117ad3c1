"""Every example in Close's reference material parses with its operation and round-trips.

The examples are extracted by `scripts/extract_examples.py` into tests/fixtures/examples.json
(never retyped). Each response example goes through the generated endpoint module's own
response parser, so this checks exactly what a caller gets; each request example is built
with the operation's request model and must serialise back to the documented JSON.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from close_api_client import Client

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = json.loads((ROOT / "tests/fixtures/examples.json").read_text())
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text())
METHODS = ("get", "post", "put", "delete", "patch")


def _snake(name: str) -> str:
    return re.sub(r"[^0-9a-zA-Z]+", "_", re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)).lower()


# Paths the reference material misprints (see tests/test_fixture_extraction.py).
SOURCE_TYPOS = {
    ("PUT", "/activity/custom/"): ("PUT", "/activity/custom/{}/"),
    ("GET", "/report/custom/lead/{}/"): ("GET", "/report/custom/{}/"),
}


def _operations() -> dict[tuple[str, str], tuple[str, str, str]]:
    """(METHOD, path with `{}` for parameters) -> (tag, operationId, first 2xx status)."""
    found = {}
    for path, item in SPEC["paths"].items():
        normalised = re.sub(r"\{[^}]+\}", "{}", path)
        for method in METHODS:
            if method in item:
                operation = item[method]
                success = min(code for code in operation["responses"] if code.startswith("2"))
                found[(method.upper(), normalised)] = (
                    operation["tags"][0],
                    operation["operationId"],
                    success,
                )
    return found


OPERATIONS = _operations()


def _key(example: dict[str, Any]) -> tuple[str, str]:
    key = (example["method"], example["path"])
    return SOURCE_TYPOS.get(key, key)


def _module(example: dict[str, Any]) -> ModuleType:
    tag, operation_id, _ = OPERATIONS[_key(example)]
    return importlib.import_module(f"close_api_client.api.{_snake(tag)}.{_snake(operation_id)}")


def _to_json(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [_to_json(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed


def _cases(kind: str) -> list[Any]:
    return [
        pytest.param(example, id=example["id"])
        for example in EXAMPLES
        if example["kind"] == kind and example.get("method")
    ]


def test_every_example_belongs_to_a_documented_operation() -> None:
    unknown = sorted({_key(e) for e in EXAMPLES if e.get("method")} - set(OPERATIONS))
    assert unknown == []


@pytest.mark.parametrize("example", _cases("response"))
def test_response_example_parses_and_round_trips(example: dict[str, Any]) -> None:
    module = _module(example)
    status = example.get("status") or int(OPERATIONS[_key(example)][2])
    response = httpx.Response(status, json=example["body"])
    parsed = module._parse_response(client=Client(base_url="http://close.test"), response=response)
    if 200 <= status <= 299 and example["body"] is not None:
        assert parsed is not None
    if parsed is not None:
        assert _to_json(parsed) == example["body"]


@pytest.mark.parametrize("example", _cases("request"))
def test_request_example_builds_with_the_request_model(example: dict[str, Any]) -> None:
    module = _module(example)
    annotation = inspect.signature(module.asyncio_detailed).parameters["body"].annotation
    candidates = [annotation, *getattr(annotation, "__args__", ())]
    model = next(c for c in candidates if hasattr(c, "from_dict"))
    assert model.from_dict(example["body"]).to_dict() == example["body"]
