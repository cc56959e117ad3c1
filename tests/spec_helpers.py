"""openapi.yaml and the package generated from it, as several tests need them.

The spec is parsed once per test session (it is large), with the C loader when PyYAML has it.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "post", "put", "delete", "patch")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SPEC: dict[str, Any] = yaml.load((ROOT / "openapi.yaml").read_text(), Loader=_Loader)


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation of the spec."""
    for path, item in SPEC["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def with_placeholders(path: str) -> str:
    """`/lead/{id}/` -> `/lead/{}/`, the form the checked-in operation lists use."""
    return re.sub(r"\{[^}]+\}", "{}", path)


def _snake(name: str) -> str:
    return re.sub(r"[^0-9a-zA-Z]+", "_", re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)).lower()


def endpoint_module(operation: dict[str, Any]) -> ModuleType:
    """The generated module of an operation: `close_api_client.api.<tag>.<operationId>`."""
    tag, operation_id = _snake(operation["tags"][0]), _snake(operation["operationId"])
    return importlib.import_module(f"close_api_client.api.{tag}.{operation_id}")


def to_json(parsed: Any) -> Any:
    """A parsed response back to JSON (models, and lists of them)."""
    if isinstance(parsed, list):
        return [to_json(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed
