"""The ``comments`` operations: one module each, and ``CommentsResource`` (``close.comments``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.comment import Comment
    from ...models.comment_create import CommentCreate
    from ...models.comment_list import CommentList
    from ...models.comment_update import CommentUpdate


class CommentsResource:
    """The ``comments`` operations as methods: ``close.comments.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``comments.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def _list(
        self,
        *,
        object_id: str | Unset = UNSET,
        thread_id: str | Unset = UNSET,
    ) -> CommentList:
        """List comments

         Lists the comments on one object (`object_id`) or in one thread (`thread_id`): give exactly one of
        the two. Comments on leads the caller cannot see are left out.

        Args:
            object_id (str | Unset): The commented object's id (give this or `thread_id`).
            thread_id (str | Unset): The comment thread's id, `comthr_...` (give this or `object_id`).

        Raises:
            custom.errors.APIError: As `list_comments.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CommentList
        """

        from .list_comments import asyncio

        return await asyncio(
            client=self._client,
            object_id=object_id,
            thread_id=thread_id,
        )

    async def create(
        self,
        *,
        body: CommentCreate,
    ) -> Comment:
        """Create a comment

         Comments on an object (e.g. an activity). The comment joins the object's thread, which is created if
        the object has none yet. `body` is rich text and may mention users or groups.

        Args:
            body: The request body.

        Raises:
            custom.errors.APIError: As `create_comment.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Comment
        """

        from .create_comment import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
    ) -> Comment:
        """Get a comment

         Returns one comment; 404 also when the caller cannot see the comment's lead.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `get_comment.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Comment
        """

        from .get_comment import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    async def update(
        self,
        id: str,
        *,
        body: CommentUpdate,
    ) -> Comment:
        """Update a comment

         Replaces a comment's `body`. Users can edit only their own comments.

        Args:
            id (str): The object's id.
            body: The request body.

        Raises:
            custom.errors.APIError: As `update_comment.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Comment
        """

        from .update_comment import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> None:
        """Remove a comment

         Removes a comment's body; the comment object stays (with `removed_at`/`removed_by`) until every
        comment of its thread is removed, which deletes the whole thread. Permission follows the right to
        delete one's own or other users' activities.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_comment.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            None
        """

        from .delete_comment import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
