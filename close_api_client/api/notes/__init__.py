"""The ``notes`` operations: one module each, and ``NotesResource`` (``close.notes``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.note_activity import NoteActivity
    from ...models.note_activity_create import NoteActivityCreate
    from ...models.note_activity_list import NoteActivityList
    from ...models.note_activity_update import NoteActivityUpdate
    from ...models.note_attachment_in import NoteAttachmentIn


class NotesResource:
    """The ``notes`` operations as methods: ``close.notes.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``notes.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        date_created_gt: datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.datetime | Unset = UNSET,
        activity_at_gt: datetime.datetime | Unset = UNSET,
        activity_at_gte: datetime.datetime | Unset = UNSET,
        activity_at_lt: datetime.datetime | Unset = UNSET,
        activity_at_lte: datetime.datetime | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[NoteActivity, NoteActivityList]:
        """List Note activities

         Lists Note activities with the standard activity filters.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            lead_id (str | Unset): Only objects belonging to this lead.
            contact_id (str | Unset): Only activities of this contact (on the generic list: only
                together with `lead_id`).
            user_id (str | Unset): Only objects belonging to this user.
            id_in (str | Unset): Only these activities (comma-separated ids).
            organization_id (str | Unset): Only activities of this organization.
            type_ (str | Unset): Only activities of this type, e.g. `Call`; for custom activities a
                Custom Activity Type id (`actitype_...`) or `Custom` for any custom type.
            date_created_gt (datetime.datetime | Unset): Only objects created after this time.
            date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
            date_created_lt (datetime.datetime | Unset): Only objects created before this time.
            date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
            activity_at_gt (datetime.datetime | Unset): Only activities that happened after this time.
            activity_at_gte (datetime.datetime | Unset): Only activities that happened at or after
                this time.
            activity_at_lt (datetime.datetime | Unset): Only activities that happened before this
                time.
            activity_at_lte (datetime.datetime | Unset): Only activities that happened at or before
                this time.
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_notes.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[NoteActivity, NoteActivityList]
        """

        from custom._listing import Listing

        from . import list_notes

        return Listing(
            list_notes,
            paging,
            client=self._client,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            id_in=id_in,
            organization_id=organization_id,
            type_=type_,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            activity_at_gt=activity_at_gt,
            activity_at_gte=activity_at_gte,
            activity_at_lt=activity_at_lt,
            activity_at_lte=activity_at_lte,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create(
        self,
        *,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        attachments: list[NoteAttachmentIn] | None | Unset = UNSET,
        created_by_id: None | str | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        note_html: None | str | Unset = UNSET,
        organization_id: None | str | Unset = UNSET,
        pinned: bool | None | Unset = UNSET,
        title: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> NoteActivity: ...

    @overload
    async def create(
        self,
        *,
        body: NoteActivityCreate,
    ) -> NoteActivity: ...

    async def create(
        self,
        *,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        note: str | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        attachments: list[NoteAttachmentIn] | None | Unset = UNSET,
        created_by_id: None | str | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        note_html: None | str | Unset = UNSET,
        organization_id: None | str | Unset = UNSET,
        pinned: bool | None | Unset = UNSET,
        title: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: NoteActivityCreate | Unset = UNSET,
    ) -> NoteActivity:
        """Create a Note activity

         Adds a note to a lead.

        Args:
            lead_id (str | Unset):
            contact_id (str | Unset):
            user_id (str | Unset):
            note (str | Unset):
            activity_at (datetime.datetime | None | Unset):
            attachments (list[NoteAttachmentIn] | None | Unset):
            created_by_id (None | str | Unset):
            date_created (datetime.datetime | None | Unset):
            note_html (None | str | Unset):
            organization_id (None | str | Unset):
            pinned (bool | None | Unset):
            title (None | str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (NoteActivityCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_note.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            NoteActivity
        """

        if isinstance(body, Unset):
            from ...models.note_activity_create import NoteActivityCreate

            body = NoteActivityCreate(
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                note=note,
                activity_at=activity_at,
                attachments=attachments,
                created_by_id=created_by_id,
                date_created=date_created,
                note_html=note_html,
                organization_id=organization_id,
                pinned=pinned,
                title=title,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                lead_id,
                contact_id,
                user_id,
                note,
                activity_at,
                attachments,
                created_by_id,
                date_created,
                note_html,
                organization_id,
                pinned,
                title,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_note import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> NoteActivity:
        """Get a Note activity

         Returns one Note activity.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_note.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            NoteActivity
        """

        from .get_note import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    @overload
    async def update(
        self,
        id: str,
        *,
        note: str | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        attachments: list[NoteAttachmentIn] | None | Unset = UNSET,
        contact_id: None | str | Unset = UNSET,
        note_html: None | str | Unset = UNSET,
        pinned: bool | None | Unset = UNSET,
        title: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> NoteActivity: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: NoteActivityUpdate,
    ) -> NoteActivity: ...

    async def update(
        self,
        id: str,
        *,
        note: str | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        attachments: list[NoteAttachmentIn] | None | Unset = UNSET,
        contact_id: None | str | Unset = UNSET,
        note_html: None | str | Unset = UNSET,
        pinned: bool | None | Unset = UNSET,
        title: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: NoteActivityUpdate | Unset = UNSET,
    ) -> NoteActivity:
        """Update a Note activity

         Changes only the fields sent, usually `note`.

        Args:
            id (str): The object's id.
            note (str | Unset):
            activity_at (datetime.datetime | None | Unset):
            attachments (list[NoteAttachmentIn] | None | Unset):
            contact_id (None | str | Unset):
            note_html (None | str | Unset):
            pinned (bool | None | Unset):
            title (None | str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (NoteActivityUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_note.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            NoteActivity
        """

        if isinstance(body, Unset):
            from ...models.note_activity_update import NoteActivityUpdate

            body = NoteActivityUpdate(
                note=note,
                activity_at=activity_at,
                attachments=attachments,
                contact_id=contact_id,
                note_html=note_html,
                pinned=pinned,
                title=title,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                note,
                activity_at,
                attachments,
                contact_id,
                note_html,
                pinned,
                title,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_note import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a Note activity

         Deletes a Note activity.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_note.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_note import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
