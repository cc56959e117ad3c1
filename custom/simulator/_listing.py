"""What every offset-paginated list shares: filters, ordering, ``_skip``/``_limit`` and
``_fields``.

Filters are declared per resource (``FILTERS`` in ``_resources``) as field -> kind, so a
parameter a resource does not know is ignored (as Close ignores it) instead of silently
emptying the list. Supported forms: ``field=value``, ``field__in=a,b``, and for dates
``field__gt/__gte/__lt/__lte`` with a date (the whole day in the caller's ``x-tz-offset``) or a
date-time (naive ones read in that offset).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any, Literal

from ._http import bad_request
from ._store import Record
from ._time import DayRange, parse_instant

__all__ = ["ListCaps", "Paged", "filter_records", "filter_tests", "order_records", "paginate"]
__all__ += ["trim_fields"]

FilterKind = Literal["str", "bool", "date"]


@dataclass
class ListCaps:
    """The maximum ``_limit`` and ``_skip`` of a resource; beyond them Close answers 400."""

    max_limit: int = 100
    max_skip: int = 250_000
    default_limit: int = 100


@dataclass
class Paged:
    data: list[Record]
    has_more: bool
    total: int


def _int_param(params: Mapping[str, str], name: str, default: int) -> int:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_request(f"{name} must be an integer.") from None
    if value < 0:
        raise bad_request(f"{name} must not be negative.")
    return value


def paginate(records: Sequence[Record], params: Mapping[str, str], caps: ListCaps) -> Paged:
    """Slice one page; ``_limit``/``_skip`` beyond the caps get Close's 400 messages."""
    limit = _int_param(params, "_limit", min(caps.default_limit, caps.max_limit))
    skip = _int_param(params, "_skip", 0)
    if limit > caps.max_limit:
        raise bad_request(
            "The limit you set is larger than the maximum limit for this resource "
            f"(max_limit = {caps.max_limit})"
        )
    if skip > caps.max_skip:
        raise bad_request(
            "The skip you set is larger than the maximum skip for this resource "
            f"(max_skip = {caps.max_skip})"
        )
    return Paged(list(records[skip : skip + limit]), skip + limit < len(records), len(records))


def _as_range(value: Any, tz: tzinfo) -> DayRange | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return parse_instant(value, tz)
    except ValueError:
        return None


def _date_test(op: str, raw: str, tz: tzinfo) -> Callable[[Any], bool]:
    try:
        low, high = parse_instant(raw, tz)
    except ValueError:
        raise bad_request(f"Invalid date or date-time: {raw!r}") from None

    def test(value: Any) -> bool:
        found = _as_range(value, tz)
        if found is None:
            return False
        start = found[0]
        if op == "gt":
            return start > high if low == high else start >= high
        if op == "gte":
            return start >= low
        if op == "lt":
            return start < low
        if op == "lte":
            return start <= high if low == high else start < high
        return low <= start < high if low != high else start == low

    return test


def _value_test(kind: FilterKind, op: str, raw: str, tz: tzinfo) -> Callable[[Any], bool]:
    if kind == "date":
        return _date_test(op, raw, tz)
    if kind == "bool":
        wanted = raw.strip().lower() in ("true", "1", "yes")
        return lambda value: bool(value) == wanted
    if op == "in":
        choices = {part.strip() for part in raw.split(",") if part.strip()}
        return lambda value: value in choices
    return lambda value: value == raw


def filter_records(
    records: Iterable[Record],
    params: Mapping[str, str],
    filters: Mapping[str, FilterKind],
    tz: tzinfo,
) -> list[Record]:
    """Keep records matching every known filter parameter."""
    tests = filter_tests(params, filters, tz)
    return [r for r in records if all(test(r.get(field)) for field, test in tests)]


def filter_tests(
    params: Mapping[str, str], filters: Mapping[str, FilterKind], tz: tzinfo
) -> list[tuple[str, Callable[[Any], bool]]]:
    """(field, test) for each parameter naming a known filter: none means nothing filtered."""
    tests: list[tuple[str, Callable[[Any], bool]]] = []
    for name, raw in params.items():
        field, _, op = name.partition("__")
        kind = filters.get(field)
        if kind is None:
            continue
        if op not in ("", "in", "gt", "gte", "lt", "lte"):
            continue
        if op in ("gt", "gte", "lt", "lte") and kind != "date":
            continue
        tests.append((field, _value_test(kind, op or "eq", raw, tz)))
    return tests


def _sort_key(value: Any) -> tuple[int, Any]:
    if value is None:
        return (2, "")
    if isinstance(value, bool | int | float):
        return (0, float(value))
    return (1, str(value).lower())


def order_records(records: list[Record], order_by: str | None) -> list[Record]:
    """``_order_by=field`` or ``-field`` (comma-separated for several keys); stable, so ties
    keep creation order. Missing values sort last."""
    if not order_by:
        return records
    result = list(records)
    for spec in reversed([s.strip() for s in order_by.split(",") if s.strip()]):
        field = spec.lstrip("-")
        descending = spec.startswith("-")
        present = [r for r in result if r.get(field) is not None]
        missing = [r for r in result if r.get(field) is None]
        present.sort(key=lambda r: _sort_key(r.get(field)), reverse=descending)
        result = present + missing
    return result


def trim_fields(record: Record, fields: str | Iterable[str] | None) -> Record:
    """``_fields=id,display_name``: only those keys. ``custom`` brings every custom field
    (the ``custom`` dict and the ``custom.cf_...`` keys)."""
    if fields is None:
        return record
    names = [f.strip() for f in fields.split(",")] if isinstance(fields, str) else list(fields)
    names = [n for n in names if n]
    if not names or "_all" in names:
        return record
    wanted = set(names)
    if "custom" in wanted:
        wanted |= {key for key in record if key.startswith("custom.")}
    return {key: value for key, value in record.items() if key in wanted}
