"""Compare openapi.yaml with a published Close OpenAPI document and print what differs.

    make spec-diff             # against ../shared/close-api-docs/published/close-openapi.yml
    make spec-diff SPEC=PATH   # or python scripts/spec_diff.py PATH|URL: another copy

Why: Close publishes its own (experimental) OpenAPI document; each release of it is a list of
things our hand-maintained spec may have missed. This prints them with figures so the next
reconciliation starts from a list, not from reading 20,000 lines. It is read, not a gate: it
always exits 0, because the published document is not ground truth (placeholders, `_skip` on
the cursor-only event log, array-typed comma-separated filters); SPEC_NOTES.md records where
we differ on purpose.

Operations are matched by method + path with path parameters normalised (`/lead/{id}/` and
`/lead/{lead_id}/` are the same). Response and request fields are compared only where the
published document types them (an object with properties); its placeholders ("Empty response
body", "Any type") are skipped. Each field of a published schema is counted once however many
operations use it.
"""

from __future__ import annotations

import re
import sys
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Diff", "Flat", "compare", "flatten", "load", "main", "report"]

ROOT = Path(__file__).resolve().parent.parent
OURS = ROOT / "openapi.yaml"
PUBLISHED = Path("close-api-docs/published/close-openapi.yml")
DEFAULT_THEIRS = (ROOT.parent / "shared" / PUBLISHED, Path("/work/shared") / PUBLISHED)
METHODS = ("get", "post", "put", "patch", "delete")
MAX_DEPTH = 6
# Formats whose parser raises on a null (dates are parsed with isoparse).
PARSED_FORMATS = {"date", "date-time"}

Spec = dict[str, Any]


@dataclass
class Flat:
    """One schema with $ref, allOf and nullable oneOf/anyOf folded away."""

    name: str | None = None
    types: set[str] = field(default_factory=set)
    nullable: bool = False
    props: dict[str, Any] = field(default_factory=dict)
    items: Any = None
    enum: list[Any] | None = None
    fmt: str | None = None
    union: bool = False

    @property
    def typed_object(self) -> bool:
        return bool(self.props)

    def crash_prone(self) -> bool:
        """A null here would make the generated parser raise (enum, list, date, model)."""
        return (
            self.enum is not None
            or "array" in self.types
            or self.typed_object
            or self.union
            or self.fmt in PARSED_FORMATS
        )


@dataclass
class Diff:
    """Everything the comparison found, as lists of printable lines plus counters."""

    only_theirs: list[str] = field(default_factory=list)
    only_ours: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    statuses_extra: list[str] = field(default_factory=list)
    params_total: int = 0
    params_missing: list[str] = field(default_factory=list)
    params_type: list[str] = field(default_factory=list)
    params_comma: list[str] = field(default_factory=list)
    params_required: list[str] = field(default_factory=list)
    response_fields: dict[tuple[str, str], bool] = field(default_factory=dict)
    response_missing: dict[tuple[str, str], str] = field(default_factory=dict)
    request_fields: dict[tuple[str, str], bool] = field(default_factory=dict)
    request_missing: dict[tuple[str, str], str] = field(default_factory=dict)
    nullable_crash: dict[str, str] = field(default_factory=dict)
    nullable_other: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    enums: dict[str, str] = field(default_factory=dict)
    responses_typed: int = 0
    responses_placeholder: int = 0
    requests_typed: int = 0


def load(source: str | Path) -> Spec:
    """A spec from a path or an http(s) URL."""
    text = str(source)
    if re.match(r"https?://", text):
        with urllib.request.urlopen(text, timeout=30) as response:  # noqa: S310 (read-only tool)
            return dict(yaml.safe_load(response.read()))
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return dict(yaml.load(Path(text).read_text(), Loader=loader))


def _deref(spec: Spec, node: Any) -> tuple[Any, str | None]:
    name = None
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 20:
        ref = node["$ref"]
        name = ref.rsplit("/", 1)[-1]
        target: Any = spec
        for part in ref.lstrip("#/").split("/"):
            target = target[part]
        node, seen = target, seen + 1
    return node, name


def _merge(into: Flat, other: Flat) -> None:
    into.types |= other.types
    into.nullable = into.nullable or other.nullable
    for key, value in other.props.items():
        into.props.setdefault(key, value)
    into.items = into.items if into.items is not None else other.items
    into.enum = into.enum if into.enum is not None else other.enum
    into.fmt = into.fmt or other.fmt
    into.name = into.name or other.name
    into.union = into.union or other.union


def flatten(spec: Spec, node: Any, depth: int = 0) -> Flat:
    """Fold a schema into a Flat: what parsing it needs to know."""
    node, name = _deref(spec, node)
    flat = Flat(name=name or (node.get("title") if isinstance(node, dict) else None))
    if not isinstance(node, dict) or depth > 10:
        return flat
    kind = node.get("type")
    for value in kind if isinstance(kind, list) else [kind] if kind else []:
        if value == "null":
            flat.nullable = True
        else:
            flat.types.add(value)
    flat.nullable = flat.nullable or bool(node.get("nullable"))
    flat.props = dict(node.get("properties") or {})
    flat.items = node.get("items")
    flat.fmt = node.get("format")
    if "enum" in node:
        flat.nullable = flat.nullable or None in node["enum"]
        flat.enum = [v for v in node["enum"] if v is not None]
    if "const" in node:
        flat.enum = [node["const"]]
    for part in node.get("allOf") or []:
        _merge(flat, flatten(spec, part, depth + 1))
    variants = (node.get("oneOf") or []) + (node.get("anyOf") or [])
    real = [v for v in variants if _deref(spec, v)[0] != {"type": "null"}]
    flat.nullable = flat.nullable or len(real) < len(variants)
    for variant in real:
        _merge(flat, flatten(spec, variant, depth + 1))
    flat.union = flat.union or len(real) > 1
    return flat


def _normalise(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def _operations(spec: Spec) -> dict[str, dict[str, Any]]:
    found = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            if method in item:
                found[f"{method.upper()} {_normalise(path)}"] = item[method]
    return found


def _success(op: dict[str, Any]) -> dict[str, Any]:
    return {code: r for code, r in (op.get("responses") or {}).items() if str(code)[0] == "2"}


def _json_schema(spec: Spec, holder: Any) -> Any:
    holder, _ = _deref(spec, holder)
    content = (holder or {}).get("content") or {}
    return (content.get("application/json") or {}).get("schema")


def _query_params(spec: Spec, op: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    params = {}
    for raw in list(item.get("parameters") or []) + list(op.get("parameters") or []):
        param, _ = _deref(spec, raw)
        if param.get("in") == "query":
            params[param["name"]] = param
    return params


def _kind(flat: Flat) -> str:
    kinds = sorted(flat.types) or ["any"]
    return "|".join(kinds) + (f"({flat.fmt})" if flat.fmt else "")


def _compatible(theirs: Flat, ours: Flat) -> bool:
    if not theirs.types or not ours.types or ours.union:
        return True
    widened = set(ours.types) | ({"integer"} if "number" in ours.types else set())
    return bool(theirs.types & widened)


class _Walker:
    """Walks a published schema and ours side by side, filling a Diff."""

    def __init__(self, theirs: Spec, ours: Spec, diff: Diff, request: bool) -> None:
        self.theirs, self.ours, self.diff, self.request = theirs, ours, diff, request
        self.seen: set[tuple[str, str]] = set()

    def walk(self, t_node: Any, o_node: Any, where: str, depth: int = 0) -> None:
        t, o = flatten(self.theirs, t_node), flatten(self.ours, o_node)
        pair = (t.name or where, o.name or where)
        if depth > MAX_DEPTH or (t.name and pair in self.seen):
            return
        self.seen.add(pair)
        if "array" in t.types and t.items is not None:
            self.walk(t.items, o.items if o.items is not None else {}, f"{where}[]", depth + 1)
        for name, t_prop in t.props.items():
            self._field(t, o, name, t_prop, where, depth)

    def _field(self, t: Flat, o: Flat, name: str, t_prop: Any, where: str, depth: int) -> None:
        owner = t.name or where
        key = (owner, name)
        fields = self.diff.request_fields if self.request else self.diff.response_fields
        present = name in o.props
        fields[key] = fields.get(key, False) or present
        label = f"{owner}.{name} (ours: {o.name or where})"
        if not present:
            missing = self.diff.request_missing if self.request else self.diff.response_missing
            missing.setdefault(key, label)
            return
        o_prop = o.props[name]
        if not self.request:
            self._compare(flatten(self.theirs, t_prop), flatten(self.ours, o_prop), label)
        self.walk(t_prop, o_prop, f"{owner}.{name}", depth + 1)

    def _compare(self, t: Flat, o: Flat, label: str) -> None:
        if t.nullable and not o.nullable and (o.types or o.union or o.enum is not None):
            target = self.diff.nullable_crash if o.crash_prone() else self.diff.nullable_other
            target.setdefault(label, _kind(o))
        if not _compatible(t, o):
            self.diff.types.setdefault(label, f"{_kind(t)} there, {_kind(o)} here")
        if t.enum and o.enum is not None:
            lacking = [v for v in t.enum if v not in o.enum]
            if lacking:
                self.diff.enums.setdefault(label, ", ".join(map(str, lacking)))


def _compare_params(theirs: Spec, ours: Spec, key: str, t_op: Any, o_op: Any, diff: Diff) -> None:
    t_item, o_item = t_op["__item__"], o_op["__item__"]
    t_params = _query_params(theirs, t_op, t_item)
    o_params = _query_params(ours, o_op, o_item)
    for name, t_param in t_params.items():
        diff.params_total += 1
        if name not in o_params:
            diff.params_missing.append(f"{key} {name}")
            continue
        o_param = o_params[name]
        t_flat = flatten(theirs, t_param.get("schema"))
        o_flat = flatten(ours, o_param.get("schema"))
        if not _compatible(t_flat, o_flat):
            line = f"{key} {name}: {_kind(t_flat)} there, {_kind(o_flat)} here"
            comma = t_flat.types == {"array"} and o_flat.types == {"string"}
            (diff.params_comma if comma else diff.params_type).append(line)
        if bool(t_param.get("required")) != bool(o_param.get("required")):
            diff.params_required.append(
                f"{key} {name}: required={bool(t_param.get('required'))} there"
            )
        if t_flat.enum and o_flat.enum is not None:
            lacking = [v for v in t_flat.enum if v not in o_flat.enum]
            if lacking:
                diff.enums.setdefault(f"{key} ?{name}", ", ".join(map(str, lacking)))


def _with_items(spec: Spec) -> dict[str, dict[str, Any]]:
    ops = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            if method in item:
                ops[f"{method.upper()} {_normalise(path)}"] = {**item[method], "__item__": item}
    return ops


def compare(theirs: Spec, ours: Spec) -> Diff:
    """Every difference between a published document (theirs) and ours."""
    diff = Diff()
    t_ops, o_ops = _with_items(theirs), _with_items(ours)
    diff.only_theirs = sorted(set(t_ops) - set(o_ops))
    diff.only_ours = sorted(set(o_ops) - set(t_ops))
    responses = _Walker(theirs, ours, diff, request=False)
    requests = _Walker(theirs, ours, diff, request=True)
    for key in sorted(set(t_ops) & set(o_ops)):
        t_op, o_op = t_ops[key], o_ops[key]
        t_ok, o_ok = _success(t_op), _success(o_op)
        t_codes, o_codes = set(map(str, t_ok)), set(map(str, o_ok))
        if t_codes != o_codes:
            line = f"{key}: {'/'.join(sorted(t_codes))} there, {'/'.join(sorted(o_codes))} here"
            (diff.statuses_extra if t_codes <= o_codes else diff.statuses).append(line)
        _compare_params(theirs, ours, key, t_op, o_op, diff)
        _compare_bodies(theirs, ours, key, t_op, o_op, diff, responses, requests)
    return diff


def _compare_bodies(
    theirs: Spec,
    ours: Spec,
    key: str,
    t_op: Any,
    o_op: Any,
    diff: Diff,
    responses: _Walker,
    requests: _Walker,
) -> None:
    o_ok = _success(o_op)
    o_schema = next((s for s in (_json_schema(ours, r) for r in o_ok.values()) if s), None)
    for t_response in _success(t_op).values():
        t_schema = _json_schema(theirs, t_response)
        if t_schema is None:
            continue
        if _typed(theirs, t_schema):
            diff.responses_typed += 1
            responses.walk(t_schema, o_schema or {}, key)
        else:
            diff.responses_placeholder += 1
    t_body = _json_schema(theirs, t_op.get("requestBody"))
    if t_body is not None and _typed(theirs, t_body):
        diff.requests_typed += 1
        requests.walk(t_body, _json_schema(ours, o_op.get("requestBody")) or {}, f"{key} body")


def _typed(spec: Spec, schema: Any) -> bool:
    flat = flatten(spec, schema)
    if "array" in flat.types and flat.items is not None:
        return _typed(spec, flat.items)
    return flat.typed_object


def _percent(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"


def _section(title: str, lines: Any) -> Iterator[str]:
    lines = list(lines)
    yield f"\n## {title}: {len(lines)}"
    yield from (f"  {line}" for line in lines)


def report(diff: Diff, t_count: int, o_count: int) -> Iterator[str]:
    """The printed report: a summary of figures, then each list."""
    common = t_count - len(diff.only_theirs)
    r_present = sum(diff.response_fields.values())
    q_present = diff.params_total - len(diff.params_missing)
    b_present = sum(diff.request_fields.values())
    yield "# spec-diff: published Close document (theirs) vs openapi.yaml (ours)"
    yield f"operations: theirs {t_count}, ours {o_count}, common {common}"
    yield f"  only theirs: {len(diff.only_theirs)}, only ours: {len(diff.only_ours)}"
    yield f"success status differences: {len(diff.statuses)}"
    yield f"  (ours also accepts another 2xx: {len(diff.statuses_extra)})"
    yield f"query parameters present: {_percent(q_present, diff.params_total)}"
    yield f"  type differs: {len(diff.params_type)}, required differs: {len(diff.params_required)}"
    yield f"  array there, comma-separated string here: {len(diff.params_comma)}"
    yield (
        f"response fields present: {_percent(r_present, len(diff.response_fields))} "
        f"in {diff.responses_typed} typed responses "
        f"({diff.responses_placeholder} placeholders skipped)"
    )
    yield f"nullable there, not here, crash-prone: {len(diff.nullable_crash)}"
    yield f"nullable there, not here, other (value kept): {len(diff.nullable_other)}"
    yield f"field type differences: {len(diff.types)}"
    yield f"fields with enum values missing: {len(diff.enums)}"
    yield (
        f"request body fields present: {_percent(b_present, len(diff.request_fields))} "
        f"in {diff.requests_typed} typed request bodies"
    )
    yield from _section("Operations only in theirs", diff.only_theirs)
    yield from _section("Operations only in ours", diff.only_ours)
    yield from _section("Success status differences", diff.statuses)
    yield from _section("Success statuses: ours also accepts another 2xx", diff.statuses_extra)
    yield from _section("Query parameters missing", diff.params_missing)
    yield from _section("Query parameter type differences", diff.params_type)
    yield from _section(
        "Query parameters array there, comma-separated string here", diff.params_comma
    )
    yield from _section("Query parameter required-ness differences", diff.params_required)
    yield from _section("Response fields missing", sorted(diff.response_missing.values()))
    yield from _section(
        "Nullable there, not here (crash-prone)",
        (f"{k}: {v}" for k, v in sorted(diff.nullable_crash.items())),
    )
    yield from _section(
        "Nullable there, not here (value kept, type lies)",
        (f"{k}: {v}" for k, v in sorted(diff.nullable_other.items())),
    )
    yield from _section(
        "Field type differences", (f"{k}: {v}" for k, v in sorted(diff.types.items()))
    )
    yield from _section("Enum values missing", (f"{k}: {v}" for k, v in sorted(diff.enums.items())))
    yield from _section("Request body fields missing", sorted(diff.request_missing.values()))


def _default_theirs() -> Path:
    return next((p for p in DEFAULT_THEIRS if p.exists()), DEFAULT_THEIRS[0])


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    theirs_source = args[0] if args else _default_theirs()
    ours_source = args[1] if len(args) > 1 else OURS
    theirs, ours = load(theirs_source), load(ours_source)
    diff = compare(theirs, ours)
    print(f"theirs: {theirs_source}\nours:   {ours_source}")
    for line in report(diff, len(_operations(theirs)), len(_operations(ours))):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
