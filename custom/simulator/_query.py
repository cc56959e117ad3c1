"""A small, documented subset of Close's search syntax, for the ``query`` parameter of the
lead, contact and opportunity lists (and ``query_string`` queries of ``/data/search/``).

Grammar (case-insensitive keywords)::

    query   := or ( "or" and )*          # "and" binds tighter than "or"
    and     := unary ( ["and"] unary )*  # juxtaposition means and
    unary   := "not" unary | "(" query ")" | term
    term    := ["-"] word | ["-"] field op value
    op      := ":" | ">" | "<" | ">=" | "<="
    value   := bare-word | "quoted words"

- A bare word (or quoted phrase) matches when it is a case-insensitive substring of one of the
  resource's default text fields (a lead's name and its contacts' names and emails; a contact's
  name, title and emails; an opportunity's note and lead name).
- ``field:value`` on text fields is a case-insensitive substring match; on label/id fields
  (``status``, ``status_id``, ``id``, ...) an exact, case-insensitive match.
- Dates (``created``, ``updated``, ``won`` for opportunities) accept ``today``, ``yesterday``,
  ``tomorrow``, ``"N days ago"``, ``"N weeks ago"``, ``YYYY-MM-DD`` (whole days in the
  caller's ``x-tz-offset``) or an ISO date-time. ``created:today`` means during today;
  ``created > yesterday`` after yesterday ended; ``>=``, ``<``, ``<=`` likewise.
- Numbers (``value``, ``confidence``) compare numerically.
- ``custom.<field id or name>:value`` matches a custom field value (exact, case-insensitive;
  any element of a multi-value field). Quote names with spaces: ``"custom.Lead Source":web``.
- ``sort:field`` / ``sort:-field`` orders the result (``created``, ``updated``, ``name`` or any
  field name); several ``sort:`` terms sort by several keys.
- An unknown field name is a 400, so a typo does not silently match nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any, Literal

from ._http import bad_request
from ._store import Record
from ._time import DayRange, parse_instant, relative_day

__all__ = ["FieldSpec", "Query", "compile_query"]

Kind = Literal["text", "exact", "date", "number"]
Getter = Callable[[Record], list[Any]]


@dataclass(frozen=True)
class FieldSpec:
    """How a resource answers the query language: named fields and bare-word fields."""

    fields: Mapping[str, tuple[Kind, Getter]]
    default: tuple[str, ...]
    custom: Callable[[Record, str], list[Any]] | None = None
    sort_aliases: Mapping[str, str] | None = None


@dataclass
class _Term:
    field: str | None
    op: str
    value: str
    negate: bool


@dataclass
class _Not:
    inner: _Node


@dataclass
class _And:
    parts: list[_Node]


@dataclass
class _Or:
    parts: list[_Node]


_Node = _Term | _Not | _And | _Or

_FIELD = re.compile(r'([A-Za-z_][\w.]*|"[^"]+")\s*(>=|<=|:|>|<)\s*')
_SORT_ALIASES = {"created": "date_created", "updated": "date_updated", "won": "date_won"}


def _read_value(text: str, pos: int) -> tuple[str, int]:
    if pos < len(text) and text[pos] == '"':
        end = text.find('"', pos + 1)
        if end < 0:
            raise bad_request("Invalid query: unterminated quote.")
        return text[pos + 1 : end], end + 1
    match = re.compile(r'[^\s()"]+').match(text, pos)
    if match is None:
        raise bad_request(f"Invalid query near position {pos}.")
    return match.group(0), match.end()


def _tokens(text: str) -> list[str | _Term]:
    tokens: list[str | _Term] = []
    pos = 0
    while pos < len(text):
        if text[pos].isspace():
            pos += 1
            continue
        if text[pos] in "()":
            tokens.append(text[pos])
            pos += 1
            continue
        negate = text[pos] == "-" and pos + 1 < len(text) and not text[pos + 1].isspace()
        if negate:
            pos += 1
        match = _FIELD.match(text, pos)
        if match:
            value, pos = _read_value(text, match.end())
            field = match.group(1).strip('"')
            # Field names are case-insensitive; custom field ids are not.
            if field.lower().startswith("custom."):
                field = "custom." + field[len("custom.") :]
            else:
                field = field.lower()
            tokens.append(_Term(field, match.group(2), value, negate))
            continue
        quoted = text[pos] == '"'
        value, pos = _read_value(text, pos)
        if not quoted and not negate and value.lower() in ("and", "or", "not"):
            tokens.append(value.lower())
        else:
            tokens.append(_Term(None, ":", value, negate))
    return tokens


class _Parser:
    def __init__(self, tokens: list[str | _Term]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> str | _Term | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse_or(self) -> _Node:
        parts = [self.parse_and()]
        while self.peek() == "or":
            self.pos += 1
            parts.append(self.parse_and())
        return parts[0] if len(parts) == 1 else _Or(parts)

    def parse_and(self) -> _Node:
        parts = [self.parse_unary()]
        while (token := self.peek()) is not None and token not in ("or", ")"):
            if token == "and":
                self.pos += 1
            parts.append(self.parse_unary())
        return parts[0] if len(parts) == 1 else _And(parts)

    def parse_unary(self) -> _Node:
        token = self.peek()
        self.pos += 1
        if token == "not":
            return _Not(self.parse_unary())
        if token == "(":
            node = self.parse_or()
            if self.peek() != ")":
                raise bad_request("Invalid query: missing ')'.")
            self.pos += 1
            return node
        if isinstance(token, _Term):
            return token
        raise bad_request(f"Invalid query: unexpected {token!r}.")


@dataclass
class Query:
    """A compiled query: ``matches(record)`` and the ``sort:`` order (``_order_by`` form)."""

    root: _Node | None
    order_by: str | None
    spec: FieldSpec
    now: datetime
    tz: tzinfo

    def matches(self, record: Record) -> bool:
        return self.root is None or self._eval(self.root, record)

    def _eval(self, node: _Node, record: Record) -> bool:
        if isinstance(node, _Not):
            return not self._eval(node.inner, record)
        if isinstance(node, _And):
            return all(self._eval(part, record) for part in node.parts)
        if isinstance(node, _Or):
            return any(self._eval(part, record) for part in node.parts)
        return self._term(node, record) != node.negate

    def _term(self, term: _Term, record: Record) -> bool:
        needle = term.value.lower()
        if term.field is None:
            for name in self.spec.default:
                _, getter = self.spec.fields[name]
                if any(needle in str(v).lower() for v in getter(record) if v is not None):
                    return True
            return False
        if term.field.startswith("custom.") and self.spec.custom is not None:
            values = self.spec.custom(record, term.field[len("custom.") :])
            return any(str(v).lower() == needle for v in values if v is not None)
        kind, getter = self.spec.fields[term.field]
        values = [v for v in getter(record) if v is not None]
        if kind == "date":
            target = self._day(term.value)
            return any(_compare_dates(v, term.op, target, self.tz) for v in values)
        if kind == "number":
            try:
                number = float(term.value)
            except ValueError:
                raise bad_request(f"Invalid number in query: {term.value!r}") from None
            return any(_compare(float(v), term.op, number) for v in values)
        if kind == "exact":
            return any(str(v).lower() == needle for v in values)
        return any(needle in str(v).lower() for v in values)

    def _day(self, value: str) -> DayRange:
        found = relative_day(value, self.now, self.tz)
        if found is not None:
            return found
        try:
            return parse_instant(value, self.tz)
        except ValueError:
            raise bad_request(f"Invalid date in query: {value!r}") from None


def _compare(left: float, op: str, right: float) -> bool:
    return {
        ":": left == right,
        ">": left > right,
        "<": left < right,
        ">=": left >= right,
        "<=": left <= right,
    }[op]


def _compare_dates(value: Any, op: str, target: DayRange, tz: tzinfo) -> bool:
    try:
        moment = parse_instant(str(value), tz)[0]
    except ValueError:
        return False
    low, high = target
    instant = low == high
    if op == ":":
        return moment == low if instant else low <= moment < high
    if op == ">":
        return moment > high if instant else moment >= high
    if op == ">=":
        return moment >= low
    if op == "<":
        return moment < low
    return moment <= high if instant else moment < high


def compile_query(text: str | None, spec: FieldSpec, now: datetime, tz: tzinfo) -> Query:
    """Parse ``text``; unknown fields and syntax errors raise a 400 ``ApiError``."""
    if not text or not text.strip():
        return Query(None, None, spec, now, tz)
    tokens = _tokens(text)
    sorts: list[str] = []
    kept: list[str | _Term] = []
    aliases = {**_SORT_ALIASES, **(spec.sort_aliases or {})}
    for token in tokens:
        if isinstance(token, _Term) and token.field == "sort":
            descending = token.value.startswith("-") or token.negate
            name = token.value.lstrip("-")
            sorts.append(("-" if descending else "") + aliases.get(name, name))
            continue
        if isinstance(token, _Term) and token.field is not None:
            known = token.field in spec.fields or (
                token.field.startswith("custom.") and spec.custom is not None
            )
            if not known:
                raise bad_request(f"Invalid query: unknown field {token.field!r}.")
        kept.append(token)
    parser = _Parser(kept)
    root = parser.parse_or() if kept else None
    if parser.pos < len(kept):
        raise bad_request("Invalid query: unexpected ')'.")
    return Query(root, ",".join(sorts) or None, spec, now, tz)
