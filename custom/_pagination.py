"""``paginate`` and ``pages``: walk any generated list endpoint, typed by the endpoint.

This module only decides *which* page to ask for next; retries, rate limits and typed errors
happen in the transport below the generated function, so a page that finally fails raises and
nothing is skipped. The style is read from the endpoint's signature and arguments:

- offset: ``skip``/``limit``, stops when ``has_more`` is false (or a page is empty); the next
  skips are known, so several pages are fetched ahead (``custom._prefetch``);
- event log: ``cursor`` (``_cursor``) query parameter, follows ``cursor_next``;
- advanced filtering: a ``body`` with a ``cursor`` field, follows the response's ``cursor``.

Cursor walks stay one page ahead: the next cursor is only known from the page before. A cursor
the walk has already followed ends it with ``PaginationError`` instead of looping for ever.

Typing: the endpoint *module* is the first argument. mypy matches a module against a protocol,
so ``ListEndpoint[P, T]`` takes the keyword arguments of its ``asyncio_detailed`` (``P``, so a
misspelt filter is a type error) and the item type of its list envelope (``T``: ``Lead`` for
``list_leads``). PEP 612 allows no keyword-only parameter beside ``**kwargs: P.kwargs``, hence
the walk's own options travel in one positional ``Paging`` object.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import inspect
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, ParamSpec, Protocol, TypeVar

import attrs

from ._datewindows import check_date_windows, date_windows
from ._prefetch import DEFAULT_PREFETCH, Fetch, OffsetWalk, Page, Params
from .errors import PaginationError

__all__ = ["DEFAULT_PREFETCH", "Envelope", "ListEndpoint", "ListResponse", "Page", "Paging"]
__all__ += ["pages", "paginate"]

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Envelope(Protocol[T_co]):
    """One page of a list (``LeadList``, ``EventList``, ``SearchResponse``...): ``data``."""

    @property
    def data(self) -> Sequence[T_co]: ...


class ListResponse(Protocol[T_co]):
    """What a list endpoint's ``asyncio_detailed`` returns: ``Response[LeadList]`` and so on.

    ``parsed`` is never ``None`` for a list: a non-2xx answer raises before it is built.
    """

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def parsed(self) -> Envelope[T_co]: ...


class ListEndpoint(Protocol[P, T_co]):
    """A generated list endpoint module (``list_leads``): its ``asyncio_detailed`` function."""

    @property
    def asyncio_detailed(self) -> Callable[P, Awaitable[ListResponse[T_co]]]: ...


def _check(name: str, value: int | None, minimum: int) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")


@dataclass(frozen=True)
class Paging:
    """How to walk: checked when made, so a bad value fails at the call, not after a request.

    - ``page_size``: the ``_limit`` of each request (Close's default if ``None``);
    - ``max_items``: stop after this many items (and ask for no page beyond them); 0 = none;
    - ``prefetch``: offset walks request at most this many pages ahead of the one the loop is
      on, and no more than the endpoint group's limit per window (read from the ``RateLimit``
      header); so at most ``prefetch + 1`` pages are held in memory. 1 = one page ahead.
      Each prefetched request waits at the rate-limit gate like any other;
    - ``by_date_created``: walk past Close's cap on ``_skip`` in ``date_created`` windows
      (leads, contacts, opportunities, activities); ``max_skip`` is that cap if known,
      otherwise a window ends when Close answers 400 about the skip.
    """

    page_size: int | None = None
    max_items: int | None = None
    prefetch: int = DEFAULT_PREFETCH
    by_date_created: bool = False
    max_skip: int | None = None

    def __post_init__(self) -> None:
        _check("page_size", self.page_size, 1)
        _check("max_items", self.max_items, 0)
        _check("prefetch", self.prefetch, 1)
        _check("max_skip", self.max_skip, 0)


class _Style(enum.Enum):
    OFFSET = "offset"
    EVENT_CURSOR = "event cursor"
    BODY_CURSOR = "body cursor"


NextParams = Callable[[Params, Page[Any]], Params | None]


def _names(endpoint: object) -> Mapping[str, inspect.Parameter]:
    function = getattr(endpoint, "asyncio_detailed", None)
    if not callable(function):
        raise TypeError(f"{_name(endpoint)} is not a generated endpoint (no asyncio_detailed)")
    return inspect.signature(function).parameters


def _style(endpoint: object, params: Params) -> _Style:
    names = _names(endpoint)
    if "body" in params and hasattr(params["body"], "cursor"):
        return _Style.BODY_CURSOR
    if "skip" in names:
        return _Style.OFFSET
    if "cursor" in names:
        return _Style.EVENT_CURSOR
    raise TypeError(f"{_name(endpoint)} is not a paginated list endpoint (no skip or cursor)")


def _name(endpoint: object) -> str:
    return str(getattr(endpoint, "__name__", endpoint))


def _fetcher(endpoint: ListEndpoint[..., Any], args: Sequence[Any]) -> Fetch:
    async def fetch(params: Params) -> Page[Any]:
        response = await endpoint.asyncio_detailed(*args, **params)
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
    if style is _Style.BODY_CURSOR:
        _check("body.limit", _given(getattr(first["body"], "limit", None)), 1)
        if page_size is not None:
            first["body"] = _with_body(first["body"], limit=page_size)
        return first
    _check("limit", _given(first.get("limit")), 1)
    if page_size is not None:
        first["limit"] = page_size
    return first


def _given(value: Any) -> Any:
    """The value if the caller set one (not None/UNSET), for the range checks."""
    return value if isinstance(value, int) else None


# -- cursor walks: one page ahead --------------------------------------------------------


def _cursor_rule(style: _Style, first: Params) -> NextParams:
    """The next request of a cursor walk; a cursor it already followed raises."""
    start = first["body"].cursor if style is _Style.BODY_CURSOR else first.get("cursor")
    followed: set[str] = {start} if isinstance(start, str) and start else set()

    def advance(cursor: Any) -> bool:
        if not cursor:  # None, UNSET or "": the last page
            return False
        if cursor in followed:
            raise PaginationError(
                f"the {style.value} came back unchanged ({str(cursor)[:40]!r} was already "
                f"followed, {len(followed)} pages in): the server is not moving on, so the "
                "walk stops here instead of repeating pages for ever"
            )
        followed.add(cursor)
        return True

    def event_cursor(params: Params, page: Page[Any]) -> Params | None:
        cursor = getattr(page.parsed, "cursor_next", None)
        return {**params, "cursor": cursor} if page.items and advance(cursor) else None

    def body_cursor(params: Params, page: Page[Any]) -> Params | None:
        cursor = getattr(page.parsed, "cursor", None)
        if not advance(cursor):
            return None
        return {**params, "body": _with_body(params["body"], cursor=cursor)}

    return body_cursor if style is _Style.BODY_CURSOR else event_cursor


async def _cursor_walk(
    fetch: Fetch, first: Params, next_params: NextParams
) -> AsyncGenerator[Page[Any], None]:
    """Yield pages, always having requested the next one before yielding the current one.

    A repeated cursor is reported after the page that carried it: that page is new, only the
    request it points to would not be.
    """
    pending: asyncio.Task[Page[Any]] | None = asyncio.ensure_future(fetch(first))
    params = first
    try:
        while pending is not None:
            page = await pending
            pending, stuck = None, None
            try:
                following = next_params(params, page)
            except PaginationError as exc:
                following, stuck = None, exc
            if following is not None:
                params = following
                pending = asyncio.ensure_future(fetch(following))
            yield page
            if stuck is not None:
                raise stuck
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

    def bounded(params: Params, page: Page[Any]) -> Params | None:
        nonlocal seen
        seen += len(page.items)
        return None if seen >= max_items else next_params(params, page)

    return bounded


# -- the public functions ----------------------------------------------------------------


@dataclass(frozen=True)
class _Plan(Generic[T]):
    """A checked walk, ready to start: made at the call, so bad input raises there."""

    endpoint: ListEndpoint[..., T]
    options: Paging
    style: _Style
    fetch: Fetch
    first: Params

    def pages(self) -> AsyncGenerator[Page[Any], None]:
        max_items = self.options.max_items
        if self.style is _Style.OFFSET:
            walk = OffsetWalk(self.fetch, self.first, self.options.prefetch, max_items)
            return walk.pages()
        rule = _limited(_cursor_rule(self.style, self.first), max_items)
        return _cursor_walk(self.fetch, self.first, rule)


def _plan(
    endpoint: ListEndpoint[..., T], paging: Paging | None, args: Sequence[Any], params: Params
) -> _Plan[T]:
    if paging is not None and not isinstance(paging, Paging):
        raise TypeError(
            f"the second argument of paginate/pages is a Paging, got {type(paging).__name__}; "
            "pass the endpoint's own arguments by keyword"
        )
    options = paging or Paging()
    style = _style(endpoint, params)
    if options.by_date_created:
        check_date_windows(_name(endpoint), _names(endpoint))
    first = _first_params(style, params, options.page_size)
    return _Plan(endpoint, options, style, _fetcher(endpoint, args), first)


def pages(
    endpoint: ListEndpoint[P, T], paging: Paging | None = None, /, *args: P.args, **kwargs: P.kwargs
) -> AsyncGenerator[Page[T], None]:
    """Every page of a list endpoint, as ``Page[T]`` (parsed envelope, items, headers).

    ``max_items`` stops the requests once that many items are in hand (whole pages are
    yielded); ``by_date_created`` is for ``paginate``, which drops the repeats between windows.
    """
    plan = _plan(endpoint, paging, args, dict(kwargs))
    if plan.options.by_date_created:
        raise TypeError("by_date_created yields items, not pages: use paginate")
    return plan.pages()


def paginate(
    endpoint: ListEndpoint[P, T], paging: Paging | None = None, /, *args: P.args, **kwargs: P.kwargs
) -> AsyncGenerator[T, None]:
    """Every item of a list endpoint, in order; typed by the endpoint (``Lead``...).

    ``paginate(list_leads, client=client, query="...")`` takes the endpoint's own keyword
    arguments, checked by mypy; ``paginate(list_leads, Paging(page_size=100), client=...)``
    adds the walk's options. Bad options raise here, at the call. Leaving the loop early
    cancels the prefetched requests (at once with ``contextlib.aclosing``, else when the
    generator is collected).
    """
    plan = _plan(endpoint, paging, args, dict(kwargs))
    if plan.options.by_date_created:
        source = date_windows(plan.fetch, plan.first, plan.options)
    else:
        source = _items(plan.pages())
    return _first_items(source, plan.options.max_items)


async def _items(source: AsyncGenerator[Page[Any], None]) -> AsyncGenerator[Any, None]:
    async with contextlib.aclosing(source) as walk:
        async for page in walk:
            for item in page.items:
                yield item


async def _first_items(
    source: AsyncGenerator[Any, None], max_items: int | None
) -> AsyncGenerator[Any, None]:
    if max_items == 0:
        await source.aclose()
        return
    yielded = 0
    async with contextlib.aclosing(source) as items:
        async for item in items:
            yield item
            yielded += 1
            if yielded == max_items:
                return
