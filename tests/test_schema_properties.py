"""Property: whatever Close sends that matches a response schema parses and round-trips.

For every GET operation, hypothesis generates documents from the operation's 200 schema and
feeds them through the generated endpoint module's own parser; `to_dict()` must give the
document back. The documents also carry what a newer Close would send: keys the spec does
not know (custom fields among them), enum values it does not list, timestamps in each
spelling Close uses.

The strategies are built here rather than with hypothesis-jsonschema, whose last release
no longer works with current hypothesis, and because they must go beyond the schema: a
validator-driven generator would never produce an unknown enum value.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spec_helpers import SPEC, endpoint_module, operations, to_json

from close_api_client import Client

SCHEMAS = SPEC["components"]["schemas"]
MAX_DEPTH = 4


def _schema(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = SCHEMAS[node["$ref"].rsplit("/", 1)[1]]
    return node


JSON_SCALARS = st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=6)
EXTRA_KEYS = ("custom.cf_FutureField", "custom.lcf_other", "field_added_later")
TIMESTAMPS = st.datetimes(
    min_value=dt.datetime(2000, 1, 1), timezones=st.sampled_from([None, dt.UTC])
).flatmap(
    lambda d: st.sampled_from(
        [d.isoformat(), d.isoformat(timespec="milliseconds").replace("+00:00", "Z")]
    )
)


def _object(schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    fixed = {k: _strategy(v, depth + 1) for k, v in properties.items() if k in required}
    optional = {}
    if depth < MAX_DEPTH:  # deeper down, only required keys: recursive schemas end
        optional = {k: _strategy(v, depth + 1) for k, v in properties.items() if k not in required}
    known = st.fixed_dictionaries(fixed, optional=optional)
    if schema.get("additionalProperties") is False:
        return known
    extra = st.dictionaries(st.sampled_from(EXTRA_KEYS), JSON_SCALARS, max_size=2)
    return st.tuples(known, extra).map(lambda pair: {**pair[1], **pair[0]})


def _string(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if "enum" in schema:
        unknown = st.sampled_from(["value_added_later", "other"])
        return st.sampled_from(schema["enum"]) | unknown
    if schema.get("format") == "date-time":
        return TIMESTAMPS
    if schema.get("format") == "date":
        return st.dates(min_value=dt.date(2000, 1, 1)).map(dt.date.isoformat)
    return st.text(max_size=8)


def _strategy(node: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    schema = _schema(node)
    if "const" in schema:
        return st.just(schema["const"])
    for combinator in ("anyOf", "oneOf"):
        if combinator in schema:
            options = schema[combinator]
            if depth >= MAX_DEPTH:  # recursive schemas (webhook filters): stop at a leaf
                leaves = [o for o in options if _schema(o).get("type") not in ("object", "array")]
                options = leaves or options[:1]
            return st.one_of([_strategy(option, depth + 1) for option in options])
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = _schema(part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return _object(merged, depth)
    kinds = schema.get("type")
    if isinstance(kinds, list):
        return st.one_of([_strategy({**schema, "type": kind}, depth) for kind in kinds])
    if kinds == "string" or "enum" in schema:
        return _string(schema)
    if kinds == "integer":
        return st.integers(-(10**6), 10**9)
    if kinds == "number":
        return st.integers(-1000, 10**6) | st.floats(-1e6, 1e6, allow_nan=False)
    if kinds == "boolean":
        return st.booleans()
    if kinds == "null":
        return st.none()
    if kinds == "array":
        items = _strategy(schema.get("items", {}), depth + 1)
        return st.lists(items, max_size=2 if depth < MAX_DEPTH else 0)
    if kinds == "object" or "properties" in schema:
        return _object(schema, depth)
    return JSON_SCALARS


def _get_operations() -> list[Any]:
    cases = []
    for _, method, operation in operations():
        response = operation["responses"].get("200", {})
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        if method == "get" and schema is not None:
            cases.append(pytest.param(operation, schema, id=operation["operationId"]))
    return cases


@pytest.mark.parametrize(("operation", "schema"), _get_operations())
def test_generated_documents_parse_and_round_trip(
    operation: dict[str, Any], schema: dict[str, Any]
) -> None:
    module = endpoint_module(operation)
    client = Client(base_url="http://close.test")

    @settings(
        max_examples=20,
        deadline=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(document=_strategy(schema))
    def round_trip(document: Any) -> None:
        parsed = module._parse_response(client=client, response=httpx.Response(200, json=document))
        assert to_json(parsed) == document

    round_trip()
