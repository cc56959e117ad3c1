"""The ``comment_threads`` operations: one module each, and ``CommentThreadsResource`` (``close.comment_threads``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.comment_thread import CommentThread
    from ...models.comment_thread_list import CommentThreadList


class CommentThreadsResource:
    """The ``comment_threads`` operations as methods: ``close.comment_threads.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``comment_threads.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        ids: str | Unset = UNSET,
        object_ids: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[CommentThread, CommentThreadList]:
        """List comment threads

         Lists comment threads, optionally only those with the given `ids` or on the given `object_ids`.
        Users with restricted lead visibility must give one of the two filters (otherwise 403).

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            ids (str | Unset): Only these threads (comma-separated `comthr_...` ids).
            object_ids (str | Unset): Only the threads on these objects (comma-separated ids).
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_comment_threads.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[CommentThread, CommentThreadList]
        """

        from custom._listing import Listing

        from . import list_comment_threads

        return Listing(
            list_comment_threads,
            paging,
            client=self._client,
            ids=ids,
            object_ids=object_ids,
            skip=skip,
            limit=limit,
        )

    async def get(
        self,
        id: str,
    ) -> CommentThread:
        """Get a comment thread

         Returns one comment thread; 404 also when the caller cannot see its lead.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `get_comment_thread.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CommentThread
        """

        from .get_comment_thread import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
