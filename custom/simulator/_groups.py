"""``GET /opportunity/?_group_by=...``: the opportunity list as groups.

Close groups by ``user_id`` or by the week, month, quarter or year of ``date_won``; a leading
``-`` reverses the group order, ``_order_by`` sorts within each group, and paging still
counts opportunities, so a group at a page boundary is cut (its ``total_results`` then
exceeds its ``objects``) and continues on the next page under the same ``key``.

Keys (Close documents only that they are unique): the user id, or ``"2026"``,
``"2026-Q1"``, ``"2026-03"``, ``"2026-W11"`` (ISO week). Opportunities without a
``date_won`` form a last group with key ``null``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from ._base import World
from ._http import Call, bad_request
from ._listing import paginate, trim_fields
from ._store import Record

__all__ = ["GROUPINGS", "grouped_reply"]

GROUPINGS = ("user_id", "date_won__week", "date_won__month", "date_won__quarter", "date_won__year")
Aggregates = Callable[[list[Record]], Record]


def _labels(view: Record, grouping: str) -> Record:
    """The group's key and the fields that describe it (``year``, ``user_name`` ...)."""
    if grouping == "user_id":
        return {
            "key": view.get("user_id"),
            "user_id": view.get("user_id"),
            "user_name": view.get("user_name"),
        }
    won = view.get("date_won")
    if not won:
        return {"key": None}
    day = date.fromisoformat(str(won)[:10])
    if grouping == "date_won__week":
        weekyear, week, _ = day.isocalendar()
        return {"key": f"{weekyear}-W{week:02d}", "weekyear": weekyear, "week": week}
    labels: Record = {"key": str(day.year), "year": day.year}
    if grouping == "date_won__quarter":
        quarter = (day.month - 1) // 3 + 1
        labels.update(key=f"{day.year}-Q{quarter}", quarter=quarter)
    if grouping == "date_won__month":
        labels.update(key=f"{day.year}-{day.month:02d}", month=day.month)
    return labels


def _sort_key(key: Any) -> tuple[bool, str]:
    return key is None, str(key)


def grouped_reply(world: World, call: Call, views: list[Record], aggregates: Aggregates) -> Record:
    """The list reply for ``views`` (every match, in ``_order_by`` order) grouped as asked."""
    raw = call.params["_group_by"]
    grouping, descending = raw.removeprefix("-"), raw.startswith("-")
    if grouping not in GROUPINGS:
        raise bad_request(f"_group_by must be one of {', '.join(GROUPINGS)} (optionally with -).")
    labelled = [(_labels(view, grouping), view) for view in views]
    members: dict[Any, list[Record]] = {}
    for labels, view in labelled:
        members.setdefault(labels["key"], []).append(view)
    keys = sorted((k for k in members if k is not None), key=_sort_key, reverse=descending)
    keys += [None] if None in members else []
    rank = {key: position for position, key in enumerate(keys)}
    ordered = sorted(labelled, key=lambda pair: rank[pair[0]["key"]])  # stable: keeps _order_by
    page = paginate([view for _, view in ordered], call.params, world.caps)
    skip = int(call.params.get("_skip") or 0)
    fields = call.params.get("_fields")
    groups: list[Record] = []
    for labels, view in ordered[skip : skip + len(page.data)]:
        if not groups or groups[-1]["key"] != labels["key"]:
            everyone = members[labels["key"]]
            groups.append(
                {**labels, "total_results": len(everyone), **aggregates(everyone), "objects": []}
            )
        groups[-1]["objects"].append(trim_fields(view, fields))
    return {"has_more": page.has_more, **aggregates(views), "data": groups}
