"""Offset walks that fetch several pages ahead, in order, each item once.

Why: a walk that asks for one page ahead is bound by the round trip, not by the rate limit
(at 250 ms it uses 3-4 of the 20 requests a second a group may send). An offset walk knows its
next skips, so it keeps up to ``ahead`` requests going, capped by the group's ``limit`` (from
the ``RateLimit`` header, the same figure the gate learns): more than a window's worth
waiting would only hold memory. The gate still decides when each request goes: a prefetched
request is a request like any other, so it waits at the gate and cannot cause a 429 or a send
before an announced reset.

The next skips are planned from the size of the pages received (Close may cap ``_limit``
below what was asked). When a page comes back with another size than planned, the pages
already requested after it are cancelled and the walk goes on from where that page ended,
so items still come out in order, exactly once. The last page's ``has_more: false`` (or
``total_results``, where the envelope has it) ends the walk; at most ``ahead - 1`` requests
past the end are cancelled or wasted when the envelope gives no total.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._ratelimit import parse_rate_limit

__all__ = ["DEFAULT_PREFETCH", "Fetch", "OffsetWalk", "Page", "Params"]

DEFAULT_PREFETCH = 8
"""Pages an offset walk may request ahead of the one being handled (so 9 in memory at most).

8 fills a 20-request window at up to ~400 ms per round trip (20 / 8 round trips < 1 s) while
holding at most ~9 pages (about 2.6 MB for 100 full leads a page)."""

T = TypeVar("T")
Params = dict[str, Any]


@dataclass(frozen=True)
class Page(Generic[T]):
    """One parsed page with its items and the response headers (e.g. for ``RateLimit``)."""

    parsed: Any
    """The endpoint's envelope model (``LeadList``...), with ``total_results`` and the like."""
    items: list[T]
    headers: Mapping[str, str]
    status_code: int


Fetch = Callable[[Params], Awaitable[Page[Any]]]


def _has_more(page: Page[Any]) -> bool:
    return bool(page.items) and getattr(page.parsed, "has_more", False) is True


def _depth(page: Page[Any], ahead: int) -> int:
    """Pages to keep requested: ``ahead``, but no more than one window of the group allows."""
    limit = parse_rate_limit(page.headers).limit
    return ahead if limit is None else max(1, min(ahead, limit))


def _total(page: Page[Any]) -> int | None:
    total = getattr(page.parsed, "total_results", None)
    return total if isinstance(total, int) and not isinstance(total, bool) else None


def _least(*bounds: int | None) -> int | None:
    known = [bound for bound in bounds if bound is not None]
    return min(known) if known else None


@dataclass
class OffsetWalk:
    """One offset walk: ``pages()`` yields its pages in order; ``capped`` after a stop at the cap.

    ``max_items`` (counted from the first skip) and ``max_skip`` bound the skips requested.
    """

    fetch: Fetch
    first: Params
    ahead: int
    max_items: int | None = None
    max_skip: int | None = None
    capped: bool = False
    """The walk stopped because the next skip would pass ``max_skip`` (more items remain)."""

    def __post_init__(self) -> None:
        self._start = int(self.first.get("skip") or 0)
        self._queue: deque[tuple[int, asyncio.Task[Page[Any]]]] = deque()

    def _launch(self, skip: int) -> None:
        params = self.first if skip == self._start else {**self.first, "skip": skip}
        self._queue.append((skip, asyncio.ensure_future(self.fetch(params))))

    async def _cancel(self) -> None:
        tasks = [task for _, task in self._queue]
        self._queue.clear()
        for task in tasks:
            task.cancel()
        # Collected, so a prefetched page that failed is not reported as never retrieved.
        await asyncio.gather(*tasks, return_exceptions=True)

    def _end(self) -> int | None:
        """The first skip past everything wanted: ``max_items`` from the start."""
        return None if self.max_items is None else self._start + self.max_items

    def _top_up(self, following: int, size: int, depth: int, bound: int | None) -> None:
        """Request the next page, and speculative ones up to ``depth``, below ``bound``."""
        if not self._queue:
            self._launch(following)
        skip = self._queue[-1][0] + size
        while len(self._queue) < depth and (bound is None or skip < bound):
            self._launch(skip)
            skip += size

    async def pages(self) -> AsyncGenerator[Page[Any], None]:
        end = self._end()
        try:
            self._launch(self._start)
            while self._queue:
                skip, task = self._queue.popleft()
                page = await task
                following = skip + len(page.items)
                if not _has_more(page) or (end is not None and following >= end):
                    yield page
                    return
                if self.max_skip is not None and following > self.max_skip:
                    self.capped = True
                    yield page
                    return
                if self._queue and self._queue[0][0] != following:
                    await self._cancel()  # this page's size was not the planned one: re-plan
                cap = None if self.max_skip is None else self.max_skip + 1
                bound = _least(end, _total(page), cap)
                self._top_up(following, len(page.items), _depth(page, self.ahead), bound)
                yield page
        finally:
            await self._cancel()
