"""The event log: every mutation appends an event, listed latest first with cursors.

Shapes follow Close's Event Log: ``id`` (``ev_...``), ``date_created``/``date_updated`` (UTC,
no offset), ``object_type`` (``lead``, ``contact``, ``opportunity``, ``task.lead``,
``activity.note``, ...), ``object_id``, ``lead_id``, ``action``, ``changed_fields``,
``previous_data`` (changed fields' old values for updates, the whole object for deletes),
``data`` (the object as the API returns it; null for deletes), ``meta`` (request method and
path, merge ids), ``request_id``, ``user_id``, ``organization_id``.

Simplifications: no consolidation of repeated updates (each update is its own event), and
events are kept for the simulator's lifetime (Close keeps 30 days).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

from ._http import Call, bad_request, not_found
from ._store import Record, Store
from ._time import format_naive, format_ts, parse_instant

__all__ = ["EventLog"]

MAX_LIMIT = 50

# Close accepts only these filter combinations (date_updated may be added to any).
_ALLOWED = {
    frozenset(c)
    for c in (
        ("object_type", "object_id"),
        ("object_type", "action"),
        ("object_id", "action"),
        ("lead_id", "object_type"),
        ("lead_id", "object_type", "action"),
        ("lead_id", "user_id", "object_type"),
        ("lead_id", "user_id", "object_type", "action"),
        ("lead_id", "user_id"),
        ("user_id", "object_id"),
        ("user_id", "object_id", "action"),
        ("user_id", "object_type"),
        ("user_id", "object_type", "action"),
        ("lead_id",),
        ("user_id",),
        ("request_id",),
        (),
    )
}
_FILTERS = ("object_type", "object_id", "action", "lead_id", "user_id", "request_id")


class EventLog:
    """Append-only list of events plus cursor pagination over it."""

    def __init__(self, store: Store, strict_filters: bool = False) -> None:
        self._store = store
        self.events: list[Record] = []
        self._by_id: dict[str, int] = {}
        self.listeners: list[Callable[[Record], None]] = []
        self.strict_filters = strict_filters
        """Reject filter combinations Close does not support (off by default: lenient)."""
        self.enabled = True
        """Seeding turns this off so pre-loaded data does not flood the log."""

    def emit(
        self,
        call: Call | None,
        object_type: str,
        action: str,
        object_id: str,
        lead_id: str | None,
        data: Record | None,
        previous_data: Record | None = None,
        changed_fields: list[str] | None = None,
        meta: dict[str, Any] | None = None,
    ) -> Record | None:
        if not self.enabled:
            return None
        now = self._store.now()
        event: Record = {
            "id": self._store.ids.new("ev"),
            "date_created": format_naive(now),
            "date_updated": format_naive(now),
            "organization_id": self._store.organization_id,
            "user_id": call.user_id if call else None,
            "request_id": call.request_id if call else None,
            "object_type": object_type,
            "object_id": object_id,
            "lead_id": lead_id,
            "action": action,
            "changed_fields": sorted(changed_fields or []),
            "previous_data": previous_data or {},
            "data": data,
            "meta": (
                {"request_method": call.method, "request_path": call.full_path} if call else {}
            )
            | (meta or {}),
        }
        self._by_id[event["id"]] = len(self.events)
        self.events.append(event)
        for listener in self.listeners:
            listener(event)
        return event

    def get(self, event_id: str) -> Record:
        index = self._by_id.get(event_id)
        if index is None:
            raise not_found("Event")
        return self.events[index]

    def list(self, call: Call) -> dict[str, Any]:
        """``GET /event/``: latest first; ``_cursor`` from ``cursor_next`` (older) or
        ``cursor_previous`` (newer); ``_limit`` defaults to and is capped at 50."""
        params = call.params
        used = frozenset(name for name in _FILTERS if params.get(name))
        if self.strict_filters and used not in _ALLOWED:
            raise bad_request("Unsupported combination of filters: " + ", ".join(sorted(used)))
        try:
            limit = min(int(params.get("_limit", MAX_LIMIT)), MAX_LIMIT)
        except ValueError:
            raise bad_request("_limit must be an integer.") from None
        if limit < 1:
            raise bad_request("_limit must be positive.")
        bounds = _date_bounds(params, call)

        def matches(index: int) -> bool:
            event = self.events[index]
            if any(event.get(name) != params[name] for name in used):
                return False
            return all(test(event["date_updated"]) for test in bounds)

        direction, anchor = _decode_cursor(params.get("_cursor"))
        newest = len(self.events) - 1
        if direction == "previous":
            # The `limit` events just newer than the anchor, still shown latest first.
            found = [i for i in range(anchor + 1, newest + 1) if matches(i)][:limit]
            found.reverse()
        else:
            start = newest if direction is None else anchor - 1
            found = []
            for i in range(start, -1, -1):
                if matches(i):
                    found.append(i)
                    if len(found) == limit:
                        break
        data = [self.events[i] for i in found]
        older = bool(found) and any(matches(i) for i in range(found[-1] - 1, -1, -1))
        newer = bool(found) and any(matches(i) for i in range(found[0] + 1, newest + 1))
        return {
            "data": data,
            "cursor_next": _encode_cursor("next", found[-1]) if older else None,
            "cursor_previous": _encode_cursor("previous", found[0]) if newer else None,
        }


def _date_bounds(params: dict[str, str], call: Call) -> list[Callable[[str], bool]]:
    tests: list[Callable[[str], bool]] = []
    for op in ("gt", "gte", "lt", "lte"):
        raw = params.get(f"date_updated__{op}")
        if raw is None:
            continue
        try:
            start, end = parse_instant(raw, call.tz)
        except ValueError:
            raise bad_request(f"Invalid date for date_updated__{op}: {raw!r}") from None
        # Events carry naive UTC stamps; compare in the objects' aware format.
        low, high = format_ts(start), format_ts(end)

        def test(value: str, op: str = op, low: str = low, high: str = high) -> bool:
            stamp = value + "+00:00"
            if op == "gt":
                return stamp > high if low == high else stamp >= high
            if op == "gte":
                return stamp >= low
            if op == "lt":
                return stamp < low
            return stamp <= high if low == high else stamp < high

        tests.append(test)
    return tests


def _encode_cursor(direction: str, index: int) -> str:
    return base64.urlsafe_b64encode(f"{direction}:{index}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str | None) -> tuple[str | None, int]:
    if not cursor:
        return None, -1
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        direction, index = base64.urlsafe_b64decode(padded).decode().split(":")
        if direction not in ("next", "previous"):
            raise ValueError(direction)
        return direction, int(index)
    except (ValueError, UnicodeDecodeError):
        raise bad_request("Invalid cursor.") from None
