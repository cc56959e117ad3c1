"""The ``playbooks`` operations: one module each, and ``PlaybooksResource`` (``close.playbooks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.playbook import Playbook
    from ...models.playbook_create import PlaybookCreate
    from ...models.playbook_list import PlaybookList
    from ...models.playbook_update import PlaybookUpdate


class PlaybooksResource:
    """The ``playbooks`` operations as methods: ``close.playbooks.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``playbooks.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        position_gt: int | Unset = UNSET,
        created_at_lt: datetime.datetime | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[Playbook, PlaybookList]:
        """List playbooks

         Lists the organization's playbooks sorted by `position`, page by page. Archived and
        active playbooks are both returned unless `is_archived` is given.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            is_archived (bool | Unset): Only archived (`true`) or only active (`false`) playbooks;
                both when omitted.
            position_gt (int | Unset): Only playbooks whose `position` is greater than this.
            created_at_lt (datetime.datetime | Unset): Only playbooks created before this time.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_playbooks.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[Playbook, PlaybookList]
        """

        from custom._listing import Listing

        from . import list_playbooks

        return Listing(
            list_playbooks,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            is_archived=is_archived,
            position_gt=position_gt,
            created_at_lt=created_at_lt,
        )

    @overload
    async def create(
        self,
        *,
        name: str,
        description: None | str | Unset = UNSET,
        outcome_ids: list[str] | Unset = UNSET,
        custom_field_ids: list[str] | Unset = UNSET,
        summary_guidance: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Playbook: ...

    @overload
    async def create(
        self,
        *,
        body: PlaybookCreate,
    ) -> Playbook: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        outcome_ids: list[str] | Unset = UNSET,
        custom_field_ids: list[str] | Unset = UNSET,
        summary_guidance: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: PlaybookCreate | Unset = UNSET,
    ) -> Playbook:
        """Create a playbook

         Creates a playbook, optionally linking outcomes (`outcome_ids`), shared custom fields
        (`custom_field_ids`) and guidance for AI summaries of its calls and meetings.

        Args:
            name (str):
            description (None | str | Unset):
            outcome_ids (list[str] | Unset):
            custom_field_ids (list[str] | Unset): Ids of shared custom fields.
            summary_guidance (None | str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (PlaybookCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_playbook.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Playbook
        """

        if isinstance(body, Unset):
            if isinstance(name, Unset):
                raise TypeError("create() needs name= (or body=)")
            from ...models.playbook_create import PlaybookCreate

            body = PlaybookCreate(
                name=name,
                description=description,
                outcome_ids=outcome_ids,
                custom_field_ids=custom_field_ids,
                summary_guidance=summary_guidance,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                outcome_ids,
                custom_field_ids,
                summary_guidance,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_playbook import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
    ) -> Playbook:
        """Get a playbook

         Returns one playbook.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `get_playbook.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Playbook
        """

        from .get_playbook import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    @overload
    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        outcome_ids: list[str] | Unset = UNSET,
        custom_field_ids: list[str] | Unset = UNSET,
        summary_guidance: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Playbook: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: PlaybookUpdate,
    ) -> Playbook: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        outcome_ids: list[str] | Unset = UNSET,
        custom_field_ids: list[str] | Unset = UNSET,
        summary_guidance: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: PlaybookUpdate | Unset = UNSET,
    ) -> Playbook:
        """Update a playbook

         Changes only the fields sent; `outcome_ids` and `custom_field_ids` replace the lists.

        Args:
            id (str): The object's id.
            name (str | Unset):
            description (None | str | Unset):
            outcome_ids (list[str] | Unset):
            custom_field_ids (list[str] | Unset):
            summary_guidance (None | str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (PlaybookUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_playbook.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Playbook
        """

        if isinstance(body, Unset):
            from ...models.playbook_update import PlaybookUpdate

            body = PlaybookUpdate(
                name=name,
                description=description,
                outcome_ids=outcome_ids,
                custom_field_ids=custom_field_ids,
                summary_guidance=summary_guidance,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                description,
                outcome_ids,
                custom_field_ids,
                summary_guidance,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_playbook import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> None:
        """Delete a playbook

         Deletes a playbook. Use archiving instead to hide it while keeping its history.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_playbook.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            None
        """

        from .delete_playbook import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    async def archive(
        self,
        id: str,
    ) -> Playbook:
        """Archive a playbook

         Hides a playbook from active listings while keeping its history; `archived_at` and
        `archived_by_id` are set and `position` becomes null. No request body.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `archive_playbook.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Playbook
        """

        from .archive_playbook import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    async def unarchive(
        self,
        id: str,
    ) -> Playbook:
        """Unarchive a playbook

         Makes an archived playbook active again, with a `position` in the list. No request body.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `unarchive_playbook.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Playbook
        """

        from .unarchive_playbook import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
