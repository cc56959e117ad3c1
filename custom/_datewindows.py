"""``by_date_created``: walk past Close's cap on ``_skip`` in ``date_created`` windows.

Each window is an offset walk (with the usual prefetch) sorted on ``date_created``, starting
at ``date_created >= start``. When a window reaches the cap, the next one starts at the last
``date_created`` seen, dropping the objects of that instant it already yielded: each object is
yielded exactly once, in ``date_created`` order (ties in the server's order).

Windows run one after another, not concurrently: a window's start is the last ``date_created``
of the window before, which is only known once that window has been read to its cap. Splitting
the range up front (by guessed dates) would need the distribution of ``date_created``, which
Close does not give; the prefetch inside each window already keeps the group's budget busy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import inspect
from collections.abc import AsyncGenerator, Mapping
from typing import Any, Protocol

from ._prefetch import Fetch, OffsetWalk, Params
from .errors import BadRequestError, PaginationError

__all__ = ["check_date_windows", "date_windows"]


class WindowOptions(Protocol):
    """The part of ``Paging`` a date-window walk reads."""

    @property
    def prefetch(self) -> int: ...

    @property
    def max_skip(self) -> int | None: ...


def check_date_windows(name: str, names: Mapping[str, inspect.Parameter]) -> None:
    """Refuse, at the call, an endpoint that cannot filter and sort on ``date_created``."""
    if "date_created_gte" not in names or "order_by" not in names or "skip" not in names:
        raise TypeError(f"{name} cannot be walked by date_created windows")


def _field(item: Any, name: str) -> Any:
    value = item.get(name) if isinstance(item, dict) else getattr(item, name, None)
    if not value:
        raise PaginationError(f"by_date_created needs `{name}` on every item (check `fields`)")
    return value


def _created(item: Any) -> dt.datetime:
    value = _field(item, "date_created")
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _window_params(params: Params, start: dt.datetime | None) -> Params:
    window = {**params, "order_by": "date_created", "skip": 0}
    if window.get("fields"):
        wanted = str(window["fields"]).split(",")
        window["fields"] = ",".join(dict.fromkeys([*wanted, "id", "date_created"]))
    if start is not None:
        window["date_created_gte"] = start
    return window


def _is_skip_cap(exc: BadRequestError) -> bool:
    return "skip" in exc.message.lower()


async def date_windows(
    fetch: Fetch, first: Params, options: WindowOptions
) -> AsyncGenerator[Any, None]:
    """Every item of an offset endpoint, in ``date_created`` windows; see the module doc."""
    params = dict(first)
    start: dt.datetime | None = params.pop("date_created_gte", None) or None
    at_start: set[str] = set()  # ids already yielded whose date_created == start
    while True:
        walk = OffsetWalk(
            fetch, _window_params(params, start), options.prefetch, max_skip=options.max_skip
        )
        progressed = False
        try:
            async with contextlib.aclosing(walk.pages()) as window:
                async for page in window:
                    for item in page.items:
                        item_id, created = str(_field(item, "id")), _created(item)
                        if created == start and item_id in at_start:
                            continue
                        if created != start:
                            start, at_start = created, set()
                        at_start.add(item_id)
                        progressed = True
                        yield item
        except BadRequestError as exc:
            if not _is_skip_cap(exc):
                raise
            walk.capped = True
        if not walk.capped:
            return
        if not progressed:
            raise PaginationError(
                f"more objects share date_created {start} than the skip cap allows"
            )
