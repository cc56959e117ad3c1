"""Every example in Close's reference material parses with its operation and round-trips.

The examples are extracted by `scripts/extract_examples.py` into tests/fixtures/examples.json
(never retyped). Each response example goes through the generated endpoint module's own
response parser, so this checks exactly what a caller gets; each request example is built
with the operation's request model and must serialise back to the documented JSON.
"""

from __future__ import annotations

import inspect
import json
from types import ModuleType
from typing import Any

import httpx
import pytest
from spec_helpers import ROOT, endpoint_module, operations, to_json, with_placeholders

from close_api_client import Client

EXAMPLES = json.loads((ROOT / "tests/fixtures/examples.json").read_text())


# Paths the reference material misprints (see tests/test_fixture_extraction.py).
SOURCE_TYPOS = {
    ("PUT", "/activity/custom/"): ("PUT", "/activity/custom/{}/"),
    ("GET", "/report/custom/lead/{}/"): ("GET", "/report/custom/{}/"),
}


def _operations() -> dict[tuple[str, str], dict[str, Any]]:
    """(METHOD, path with `{}` for parameters) -> operation."""
    return {(m.upper(), with_placeholders(p)): op for p, m, op in operations()}


OPERATIONS = _operations()


def _key(example: dict[str, Any]) -> tuple[str, str]:
    key = (example["method"], example["path"])
    return SOURCE_TYPOS.get(key, key)


def _module(example: dict[str, Any]) -> ModuleType:
    return endpoint_module(OPERATIONS[_key(example)])


def _success_status(example: dict[str, Any]) -> int:
    """The status an example without one stands for: its operation's first 2xx."""
    responses = OPERATIONS[_key(example)]["responses"]
    return int(min(code for code in responses if code.startswith("2")))


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
    status = example.get("status") or _success_status(example)
    response = httpx.Response(status, json=example["body"])
    parsed = module._parse_response(client=Client(base_url="http://close.test"), response=response)
    if 200 <= status <= 299 and example["body"] is not None:
        assert parsed is not None
    if parsed is not None:
        assert to_json(parsed) == example["body"]


@pytest.mark.parametrize("example", _cases("request"))
def test_request_example_builds_with_the_request_model(example: dict[str, Any]) -> None:
    module = _module(example)
    annotation = inspect.signature(module.asyncio_detailed).parameters["body"].annotation
    candidates = [annotation, *getattr(annotation, "__args__", ())]
    model = next(c for c in candidates if hasattr(c, "from_dict"))
    assert model.from_dict(example["body"]).to_dict() == example["body"]
