"""``POST /data/search/``: Close's advanced filtering, with body cursors that expire.

Supported query objects (anything else is a 400 naming the unsupported type):

- ``{"type": "and"|"or", "queries": [...]}``; any query may carry ``"negate": true``;
- ``{"type": "object_type", "object_type": "lead"|"contact"}`` (default ``lead``);
- ``{"type": "field_condition", "field": F, "condition": C}`` where ``F`` is
  ``{"type": "regular_field", "object_type": ..., "field_name": ...}`` or
  ``{"type": "custom_field", "custom_field_id": "cf_..."}`` and ``C`` is one of
  ``text`` (``mode``: ``full_words`` (default), ``phrase``, ``beginning_of_words``,
  ``exact_value``), ``term`` (``values``), ``reference`` (``object_ids``), ``number_range``
  (``gt``/``gte``/``lt``/``lte``), ``boolean`` (``value``), ``exists``;
- ``{"type": "has_related", "this_object_type": "lead", "related_object_type":
  "contact"|"opportunity", "related_query": {...}}`` and the reverse, contact -> lead;
- ``{"type": "query_string", "value": "..."}``: the ``query`` language of the list endpoints
  (see ``_query``), a simulator convenience; a plain string ``query`` is read the same way.

Body keys: ``query``, ``_limit``, ``cursor``, ``results_limit``, ``sort`` (``[{"direction":
"asc"|"desc", "field": {"type": "regular_field", "field_name": ...}}]``), ``_fields``
(``{"lead": ["id", "display_name"]}`` or a plain list), ``include_counts``. The first page
takes a snapshot of the matching ids, so later pages neither repeat nor skip objects while
data changes. A cursor is valid for 30 s (simulator clock) after it was issued and may be
replayed within that time (a retried request gets the same page); one walk returns at most
10,000 objects.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._base import Route, World
from ._crm import Crm
from ._http import Call, bad_request
from ._listing import order_records, trim_fields
from ._query import compile_query
from ._store import Record

__all__ = ["Search"]

CURSOR_TTL = 30.0
MAX_RESULTS = 10_000
OBJECT_TYPES = ("lead", "contact")


@dataclass
class _Snapshot:
    object_type: str
    ids: list[str]
    total: int
    fields: Any


@dataclass
class Search:
    world: World
    crm: Crm
    clock: Callable[[], float]
    cursor_ttl: float = CURSOR_TTL
    max_results: int = MAX_RESULTS
    _snapshots: dict[str, _Snapshot] = field(default_factory=dict)
    _issued: dict[str, float] = field(default_factory=dict)
    _counter: int = 0

    def routes(self) -> list[Route]:
        return [Route("POST", "/data/search/", self.search)]

    # -- views -----------------------------------------------------------------------------

    def _views(self, object_type: str) -> list[Record]:
        if object_type == "lead":
            return [self.crm.lead_view(r) for r in self.world.store.leads]
        return [self.crm.contact_view(r) for r in self.world.store.contacts]

    def _view(self, object_type: str, object_id: str, fields: Any) -> Record | None:
        store = self.world.store
        if object_type == "lead":
            record = store.leads.get(object_id)
            if record is None:
                return None
            view = self.crm.lead_view(record)
            if set(_field_list(fields, "lead")) & {"contacts", "opportunities", "tasks"}:
                view = self.crm.lead_full(view)
            return view
        record = store.contacts.get(object_id)
        return None if record is None else self.crm.contact_view(record)

    # -- matching --------------------------------------------------------------------------

    def _match(self, query: Any, object_type: str, view: Record, call: Call) -> bool:
        if isinstance(query, str):
            query = {"type": "query_string", "value": query}
        if not isinstance(query, dict):
            raise bad_request("Each query must be an object.")
        kind = query.get("type")
        if kind in ("and", "or"):
            parts = query.get("queries") or []
            results = (self._match(q, object_type, view, call) for q in parts)
            result = all(results) if kind == "and" else any(results)
        elif kind == "object_type":
            result = query.get("object_type") == object_type
        elif kind == "field_condition":
            result = self._condition(query, object_type, view)
        elif kind == "has_related":
            result = self._related(query, object_type, view, call)
        elif kind == "query_string":
            spec = self.crm.lead_spec if object_type == "lead" else self.crm.contact_spec
            compiled = compile_query(str(query.get("value", "")), spec, self._now(), call.tz)
            result = compiled.matches(view)
        else:
            raise bad_request(f"Unsupported query type: {kind!r}.")
        return result != bool(query.get("negate", False))

    def _now(self) -> Any:
        return self.world.store.now()

    def _field_values(self, spec: Any, object_type: str, view: Record) -> list[Any]:
        if not isinstance(spec, dict):
            raise bad_request("A field_condition needs a field object.")
        if spec.get("type") == "custom_field":
            value = view.get(f"custom.{spec.get('custom_field_id')}")
        elif spec.get("type") == "regular_field":
            if spec.get("object_type", object_type) != object_type:
                raise bad_request("A field's object_type must match the objects being filtered.")
            value = view.get(str(spec.get("field_name")))
        else:
            raise bad_request(f"Unsupported field type: {spec.get('type')!r}.")
        return value if isinstance(value, list) else [value]

    def _condition(self, query: Record, object_type: str, view: Record) -> bool:
        values = self._field_values(query.get("field"), object_type, view)
        condition = query.get("condition") or {}
        kind = condition.get("type")
        present = [v for v in values if v is not None and v != ""]
        if kind == "exists":
            return bool(present)
        if kind == "text":
            return any(_text_match(str(v), condition) for v in present)
        if kind == "term":
            return any(v in (condition.get("values") or []) for v in present)
        if kind == "reference":
            return any(v in (condition.get("object_ids") or []) for v in present)
        if kind == "boolean":
            return any(v is condition.get("value") for v in present)
        if kind == "number_range":
            return any(_in_range(v, condition) for v in present if isinstance(v, int | float))
        raise bad_request(f"Unsupported condition type: {kind!r}.")

    def _related(self, query: Record, object_type: str, view: Record, call: Call) -> bool:
        related = query.get("related_object_type")
        inner = query.get("related_query") or {"type": "and", "queries": []}
        store = self.world.store
        if object_type == "lead" and related == "contact":
            children = [self.crm.contact_view(c) for c in store.contacts.of_lead(view["id"])]
        elif object_type == "lead" and related == "opportunity":
            children = [
                self.crm.opportunity_view(o) for o in store.opportunities.of_lead(view["id"])
            ]
        elif object_type == "contact" and related == "lead":
            lead = store.leads.get(view.get("lead_id") or "")
            children = [self.crm.lead_view(lead)] if lead else []
        else:
            raise bad_request(f"Unsupported has_related: {object_type} -> {related}.")
        return any(self._match(inner, str(related), child, call) for child in children)

    # -- the endpoint ----------------------------------------------------------------------

    def search(self, call: Call) -> Record:
        body = call.json_object()
        limit = body.get("_limit", self.world.caps.default_limit)
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise bad_request("_limit must be a positive integer.")
        if limit > self.world.caps.max_limit:
            raise bad_request(
                "The limit you set is larger than the maximum limit for this resource "
                f"(max_limit = {self.world.caps.max_limit})"
            )
        now = self.clock()
        self._expire(now)
        cursor = body.get("cursor")
        if cursor:
            snapshot_id, offset = self._open_cursor(str(cursor), now)
            snapshot = self._snapshots[snapshot_id]
        else:
            self._counter += 1
            snapshot_id = f"srch{self._counter}"
            snapshot = self._snapshot(body, call)
            self._snapshots[snapshot_id] = snapshot
            offset = 0
        ids = snapshot.ids[offset : offset + limit]
        data = []
        for object_id in ids:
            view = self._view(snapshot.object_type, object_id, snapshot.fields)
            if view is None:
                continue  # deleted since the snapshot
            wanted = _field_list(snapshot.fields, snapshot.object_type)
            item = trim_fields(view, wanted) if wanted else {}
            data.append({"__object_type": snapshot.object_type, "id": object_id} | item)
        next_offset = offset + len(ids)
        next_cursor = None
        if next_offset < len(snapshot.ids):
            next_cursor = _encode(snapshot_id, next_offset)
            self._issued[next_cursor] = now
        reply: Record = {"data": data, "cursor": next_cursor}
        if body.get("include_counts"):
            reply["count"] = {"limited": len(snapshot.ids), "total": snapshot.total}
        return reply

    def _snapshot(self, body: Record, call: Call) -> _Snapshot:
        query = body.get("query")
        if query is None:
            raise bad_request("query is required.")
        object_type = _object_type(query)
        views = [v for v in self._views(object_type) if self._match(query, object_type, v, call)]
        views = order_records(views, _order_by(body.get("sort")))
        ids = [v["id"] for v in views]
        total = len(ids)
        results_limit = body.get("results_limit")
        cap = self.max_results
        if isinstance(results_limit, int) and not isinstance(results_limit, bool):
            cap = min(cap, results_limit)
        return _Snapshot(object_type, ids[:cap], total, body.get("_fields"))

    def _open_cursor(self, cursor: str, now: float) -> tuple[str, int]:
        issued = self._issued.get(cursor)
        if issued is None or now - issued > self.cursor_ttl:
            raise bad_request("The cursor is invalid or has expired; restart the search.")
        snapshot_id, offset = _decode(cursor)
        if snapshot_id not in self._snapshots:
            raise bad_request("The cursor is invalid or has expired; restart the search.")
        return snapshot_id, offset

    def _expire(self, now: float) -> None:
        """Forget cursors past their lifetime, and snapshots no live cursor points at."""
        self._issued = {c: t for c, t in self._issued.items() if now - t <= self.cursor_ttl}
        live = {_decode(c)[0] for c in self._issued}
        self._snapshots = {k: v for k, v in self._snapshots.items() if k in live}


def _object_type(query: Any) -> str:
    """The type named by an ``object_type`` clause at the top level (or in a top ``and``)."""
    if isinstance(query, dict):
        if query.get("type") == "object_type":
            found = query.get("object_type")
            if found not in OBJECT_TYPES:
                raise bad_request(f"Unsupported object_type: {found!r}.")
            return str(found)
        if query.get("type") == "and":
            for part in query.get("queries") or []:
                if isinstance(part, dict) and part.get("type") == "object_type":
                    return _object_type(part)
    return "lead"


def _order_by(sort: Any) -> str | None:
    if not sort:
        return None
    if not isinstance(sort, list):
        raise bad_request("sort must be a list.")
    keys = []
    for item in sort:
        field_spec = item.get("field") if isinstance(item, dict) else None
        if not isinstance(field_spec, dict) or not field_spec.get("field_name"):
            raise bad_request("Each sort item needs a field with a field_name.")
        prefix = "-" if item.get("direction") == "desc" else ""
        keys.append(prefix + str(field_spec["field_name"]))
    return ",".join(keys)


def _field_list(fields: Any, object_type: str) -> list[str]:
    if isinstance(fields, dict):
        return [str(f) for f in fields.get(object_type) or []]
    if isinstance(fields, list):
        return [str(f) for f in fields]
    return []


def _text_match(value: str, condition: Record) -> bool:
    needle = str(condition.get("value", "")).lower()
    haystack = value.lower()
    mode = condition.get("mode", "full_words")
    words = re.findall(r"\w+", haystack)
    if mode == "exact_value":
        return haystack == needle
    if mode == "phrase":
        return needle in haystack
    if mode == "beginning_of_words":
        return all(any(w.startswith(n) for w in words) for n in re.findall(r"\w+", needle))
    if mode == "full_words":
        return all(n in words for n in re.findall(r"\w+", needle))
    raise bad_request(f"Unsupported text mode: {mode!r}.")


def _in_range(value: float, condition: Record) -> bool:
    bounds = {k: condition.get(k) for k in ("gt", "gte", "lt", "lte")}
    return (
        (bounds["gt"] is None or value > bounds["gt"])
        and (bounds["gte"] is None or value >= bounds["gte"])
        and (bounds["lt"] is None or value < bounds["lt"])
        and (bounds["lte"] is None or value <= bounds["lte"])
    )


def _encode(snapshot_id: str, offset: int) -> str:
    raw = f"{snapshot_id}:{offset}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str) -> tuple[str, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        snapshot_id, offset = base64.urlsafe_b64decode(padded).decode().rsplit(":", 1)
        return snapshot_id, int(offset)
    except (ValueError, UnicodeDecodeError):
        raise bad_request("The cursor is invalid or has expired; restart the search.") from None
