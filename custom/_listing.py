"""``Listing``: what a paginated list method of ``custom.Close`` returns (``close.leads.list()``).

Why a class and not a generator: one call answers three needs without three methods per
operation. ``async for`` walks every item, ``.pages()`` every ``Page``, and ``await`` sends the
one request the module function would (``await list_leads.asyncio(...)``: the envelope, with
``has_more``, ``total_results``, ``cursor_next``). The walk itself is ``paginate``/``pages``:
this class only holds the endpoint, its arguments and the ``Paging``, and hands them over.

The generated method has already checked (by its signature) which arguments the endpoint takes;
the pagination kind is read by ``paginate`` from the same signature. Each ``async for`` or
``.pages()`` starts a new walk from the first page.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import Any, Generic, ParamSpec, Protocol, TypeVar

from ._pagination import ListResponse, Page, Paging, pages, paginate

__all__ = ["Listing"]

P = ParamSpec("P")
T = TypeVar("T")
E = TypeVar("E")
T_co = TypeVar("T_co", covariant=True)
E_co = TypeVar("E_co", covariant=True)


class _ListModule(Protocol[P, T_co, E_co]):
    """A generated list endpoint module: ``asyncio_detailed`` for walks, ``asyncio`` for await."""

    @property
    def asyncio_detailed(self) -> Callable[P, Awaitable[ListResponse[T_co]]]: ...

    @property
    def asyncio(self) -> Callable[P, Awaitable[E_co]]: ...


class Listing(Generic[T, E]):
    """The items (``T``: ``Lead``) of a list operation, or one page of it (``E``: ``LeadList``).

    - ``async for lead in close.leads.list(query=...)``: every item, page after page, as
      ``paginate`` walks them (offset lists fetch ahead; cursor lists follow their cursor);
    - ``async for page in close.leads.list().pages()``: ``Page[Lead]`` with headers;
    - ``await close.leads.list(limit=10)``: one request, the envelope (``LeadList``).

    ``paging=Paging(...)`` on the method sets the walk's options; it has no meaning for a single
    awaited page, so awaiting a listing made with one raises ``TypeError``.
    """

    __slots__ = ("_args", "_endpoint", "_kwargs", "_paging")

    def __init__(
        self,
        endpoint: _ListModule[P, T, E],
        paging: Paging | None,
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> None:
        self._endpoint: _ListModule[..., T, E] = endpoint
        self._paging = paging
        self._args: tuple[Any, ...] = args
        self._kwargs: dict[str, Any] = kwargs

    def __aiter__(self) -> AsyncGenerator[T, None]:
        """A new walk over every item (wrap it in ``contextlib.aclosing`` to stop early)."""
        return paginate(self._endpoint, self._paging, *self._args, **self._kwargs)

    def pages(self) -> AsyncGenerator[Page[T], None]:
        """A new walk over every page: ``Page[T]`` with the envelope, items and headers."""
        return pages(self._endpoint, self._paging, *self._args, **self._kwargs)

    def __await__(self) -> Generator[Any, None, E]:
        """One request with the arguments as given, like the module function's ``asyncio``."""
        if self._paging is not None:
            raise TypeError(
                "paging= sets how to walk the pages; awaiting sends one request: pass limit= "
                "(and skip= or cursor=) instead, or iterate the listing"
            )
        return self._endpoint.asyncio(*self._args, **self._kwargs).__await__()

    def __repr__(self) -> str:
        name = getattr(self._endpoint, "__name__", "?").rsplit(".", 1)[-1]
        return f"<Listing of {name} {self._paging or Paging()}>"
