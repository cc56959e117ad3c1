"""``paginate`` and ``pages``: walk any generated list endpoint, one page ahead.

This module only decides *which* page to ask for next; retries, rate limits and typed errors
happen in the transport below the generated function, so a page that finally fails raises and
nothing is skipped. The style is read from the endpoint's signature and arguments:

- offset: ``skip``/``limit``, stops when ``has_more`` is false (or a page is empty);
- event log: ``cursor`` (``_cursor``) query parameter, follows ``cursor_next``;
- advanced filtering: a ``body`` with a ``cursor`` field, follows the response's ``cursor``.

Page k+1 is requested while the caller handles page k (a single task, never more), so at most
two pages are held in memory.

``by_date_created=True`` walks past Close's cap on ``_skip``: it sorts on ``date_created`` and,
whenever a window reaches the cap, starts a new window at the last ``date_created`` seen,
dropping the objects of that instant it already yielded. Each object is yielded exactly once.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import enum
import inspect
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import attrs

from close_api_client import AuthenticatedClient, Client

from .errors import BadRequestError, PaginationError, error_for_status

__all__ = ["ListEndpoint", "Page", "pages", "paginate"]


class ListEndpoint(Protocol):
    """A generated endpoint module: anything with an ``asyncio_detailed`` function."""

    @property
    def asyncio_detailed(self) -> Callable[..., Awaitable[Any]]: ...


@dataclass(frozen=True)
class Page:
    """One parsed page with its items and the response headers (e.g. for ``RateLimit``)."""

    parsed: Any
    items: list[Any]
    headers: Mapping[str, str]
    status_code: int


class _Style(enum.Enum):
    OFFSET = "offset"
    EVENT_CURSOR = "event cursor"
    BODY_CURSOR = "body cursor"


Params = dict[str, Any]
Fetch = Callable[[Params], Awaitable[Page]]
NextParams = Callable[[Params, Page], Params | None]


def _style(endpoint: ListEndpoint, params: Params) -> _Style:
    names = inspect.signature(endpoint.asyncio_detailed).parameters
    if "body" in params and hasattr(params["body"], "cursor"):
        return _Style.BODY_CURSOR
    if "skip" in names:
        return _Style.OFFSET
    if "cursor" in names:
        return _Style.EVENT_CURSOR
    raise TypeError(f"{_name(endpoint)} is not a paginated list endpoint (no skip or cursor)")


def _name(endpoint: ListEndpoint) -> str:
    return str(getattr(endpoint, "__name__", endpoint))


def _present(value: Any) -> bool:
    """False for None, UNSET (falsy) and empty strings: the end of a cursor walk."""
    return bool(value)


def _fetcher(endpoint: ListEndpoint, client: AuthenticatedClient | Client) -> Fetch:
    async def fetch(params: Params) -> Page:
        response = await endpoint.asyncio_detailed(client=client, **params)
        if response.parsed is None:
            raise error_for_status(
                int(response.status_code),
                method="",
                path=_name(endpoint),
                content=response.content,
                headers=response.headers,
            )
        data = getattr(response.parsed, "data", None)
        items = list(data) if isinstance(data, list) else []
        return Page(response.parsed, items, response.headers, int(response.status_code))

    return fetch


def _with_body(body: Any, **changes: Any) -> Any:
    """A copy of a request body model with some fields changed (the caller's is untouched)."""
    if attrs.has(type(body)):
        return attrs.evolve(body, **changes)
    raise TypeError(f"cannot paginate with a body of type {type(body).__name__}")


def _first_params(style: _Style, params: Params, page_size: int | None) -> Params:
    first = dict(params)
    if page_size is None:
        return first
    if style is _Style.BODY_CURSOR:
        first["body"] = _with_body(first["body"], limit=page_size)
    else:
        first["limit"] = page_size
    return first


def _next_params(style: _Style) -> NextParams:
    def offset(params: Params, page: Page) -> Params | None:
        if not page.items or getattr(page.parsed, "has_more", False) is not True:
            return None
        return {**params, "skip": int(params.get("skip") or 0) + len(page.items)}

    def event_cursor(params: Params, page: Page) -> Params | None:
        cursor = getattr(page.parsed, "cursor_next", None)
        return {**params, "cursor": cursor} if _present(cursor) and page.items else None

    def body_cursor(params: Params, page: Page) -> Params | None:
        cursor = getattr(page.parsed, "cursor", None)
        if not _present(cursor):
            return None
        return {**params, "body": _with_body(params["body"], cursor=cursor)}

    return {
        _Style.OFFSET: offset,
        _Style.EVENT_CURSOR: event_cursor,
        _Style.BODY_CURSOR: body_cursor,
    }[style]


async def _walk(fetch: Fetch, first: Params, next_params: NextParams) -> AsyncGenerator[Page, None]:
    """Yield pages, always having requested the next one before yielding the current one."""
    pending: asyncio.Task[Page] | None = asyncio.ensure_future(fetch(first))
    params = first
    try:
        while pending is not None:
            page = await pending
            following = next_params(params, page)
            pending = None
            if following is not None:
                params = following
                pending = asyncio.ensure_future(fetch(following))
            yield page
    finally:
        if pending is not None:
            pending.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await pending


def _limited(next_params: NextParams, max_items: int | None) -> NextParams:
    """Stop asking for pages once ``max_items`` are in hand."""
    if max_items is None:
        return next_params
    seen = 0

    def bounded(params: Params, page: Page) -> Params | None:
        nonlocal seen
        seen += len(page.items)
        return None if seen >= max_items else next_params(params, page)

    return bounded


def pages(
    endpoint: ListEndpoint,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> AsyncGenerator[Page, None]:
    """Every page of a list endpoint, as ``Page`` (parsed model, items, headers)."""
    style = _style(endpoint, params)
    first = _first_params(style, params, page_size)
    return _walk(_fetcher(endpoint, client), first, _limited(_next_params(style), max_items))


async def paginate(
    endpoint: ListEndpoint,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = None,
    max_items: int | None = None,
    by_date_created: bool = False,
    max_skip: int | None = None,
    **params: Any,
) -> AsyncGenerator[Any, None]:
    """Every item of a list endpoint, in order; stops after ``max_items`` if given.

    ``by_date_created=True`` (offset endpoints with ``date_created`` filters: leads, contacts,
    opportunities, activities) goes past Close's ``_skip`` cap; ``max_skip`` is that cap if
    known, otherwise the window moves on when Close answers 400 about the skip.
    """
    if by_date_created:
        source = _by_date_created(endpoint, client, page_size, max_skip, params)
    else:
        walk = pages(endpoint, client=client, page_size=page_size, max_items=max_items, **params)
        source = _items(walk)
    if max_items is not None and max_items <= 0:
        return
    yielded = 0
    async with contextlib.aclosing(source) as items:
        async for item in items:
            yield item
            yielded += 1
            if yielded == max_items:
                return


async def _items(source: AsyncGenerator[Page, None]) -> AsyncGenerator[Any, None]:
    async with contextlib.aclosing(source) as walk:
        async for page in walk:
            for item in page.items:
                yield item


# -- date windows ------------------------------------------------------------------------


def _field(item: Any, name: str) -> Any:
    value = item.get(name) if isinstance(item, dict) else getattr(item, name, None)
    if not value:
        raise PaginationError(f"by_date_created needs `{name}` on every item (check `fields`)")
    return value


def _created(item: Any) -> dt.datetime:
    value = _field(item, "date_created")
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _window_params(endpoint: ListEndpoint, params: Params, start: dt.datetime | None) -> Params:
    names = inspect.signature(endpoint.asyncio_detailed).parameters
    if "date_created_gte" not in names or "order_by" not in names:
        raise TypeError(f"{_name(endpoint)} cannot be walked by date_created windows")
    window = {**params, "order_by": "date_created", "skip": 0}
    if window.get("fields"):
        wanted = str(window["fields"]).split(",")
        window["fields"] = ",".join(dict.fromkeys([*wanted, "id", "date_created"]))
    if start is not None:
        window["date_created_gte"] = start
    return window


@dataclass
class _Window:
    capped: bool = False


def _capped(next_params: NextParams, max_skip: int | None, window: _Window) -> NextParams:
    """Offset paging that ends the window (and says so) where the next skip passes the cap."""

    def within_cap(params: Params, page: Page) -> Params | None:
        following = next_params(params, page)
        if following is not None and max_skip is not None and following["skip"] > max_skip:
            window.capped = True
            return None
        return following

    return within_cap


def _is_skip_cap(exc: BadRequestError) -> bool:
    return "skip" in exc.message.lower()


async def _by_date_created(
    endpoint: ListEndpoint,
    client: AuthenticatedClient | Client,
    page_size: int | None,
    max_skip: int | None,
    params: Params,
) -> AsyncGenerator[Any, None]:
    fetch = _fetcher(endpoint, client)
    start: dt.datetime | None = params.pop("date_created_gte", None)
    at_start: set[str] = set()  # ids already yielded whose date_created == start
    while True:
        window = _Window()
        first = _first_params(_Style.OFFSET, _window_params(endpoint, params, start), page_size)
        walk = _walk(fetch, first, _capped(_next_params(_Style.OFFSET), max_skip, window))
        progressed = False
        try:
            async with contextlib.aclosing(walk):
                async for page in walk:
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
            window.capped = True
        if not window.capped:
            return
        if not progressed:
            raise PaginationError(
                f"more objects share date_created {start} than the skip cap allows"
            )
