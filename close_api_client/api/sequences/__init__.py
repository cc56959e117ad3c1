"""The ``sequences`` operations: one module each, and ``SequencesResource`` (``close.sequences``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.sequence import Sequence
    from ...models.sequence_create import SequenceCreate
    from ...models.sequence_list import SequenceList
    from ...models.sequence_step_create import SequenceStepCreate
    from ...models.sequence_step_update import SequenceStepUpdate
    from ...models.sequence_update import SequenceUpdate


class SequencesResource:
    """The ``sequences`` operations as methods: ``close.sequences.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``sequences.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[Sequence, SequenceList]:
        """List sequences

         Lists the organization's email sequences with their steps, page by page.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_sequences.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[Sequence, SequenceList]
        """

        from custom._listing import Listing

        from . import list_sequences

        return Listing(
            list_sequences,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create(
        self,
        *,
        name: str,
        schedule_id: None | str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        steps: list[SequenceStepCreate] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Sequence: ...

    @overload
    async def create(
        self,
        *,
        body: SequenceCreate,
    ) -> Sequence: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        schedule_id: None | str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        steps: list[SequenceStepCreate] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SequenceCreate | Unset = UNSET,
    ) -> Sequence:
        """Create a sequence

         Creates an email sequence: steps send an email template after `delay` seconds, in the
        sequence's time zone and (optionally) within a sequence schedule.

        Args:
            name (str):
            schedule_id (None | str | Unset):
            timezone (str | Unset):
            steps (list[SequenceStepCreate] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SequenceCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_sequence.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Sequence
        """

        if isinstance(body, Unset):
            if isinstance(name, Unset):
                raise TypeError("create() needs name= (or body=)")
            from ...models.sequence_create import SequenceCreate

            body = SequenceCreate(
                name=name,
                schedule_id=schedule_id,
                timezone=timezone,
                steps=steps,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                schedule_id,
                timezone,
                steps,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_sequence import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Sequence:
        """Get a sequence

         Returns one sequence with its steps and the number of subscriptions per status.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_sequence.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Sequence
        """

        from .get_sequence import asyncio

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
        name: str | Unset = UNSET,
        schedule_id: None | str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        steps: list[SequenceStepUpdate] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Sequence: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: SequenceUpdate,
    ) -> Sequence: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        schedule_id: None | str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        steps: list[SequenceStepUpdate] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SequenceUpdate | Unset = UNSET,
    ) -> Sequence:
        """Update a sequence

         Changes the fields sent. When `steps` is sent it is the complete new list: existing steps are
        kept by `id`, and existing steps left out are removed from the sequence.

        Args:
            id (str): The object's id.
            name (str | Unset):
            schedule_id (None | str | Unset):
            timezone (str | Unset):
            steps (list[SequenceStepUpdate] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SequenceUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_sequence.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Sequence
        """

        if isinstance(body, Unset):
            from ...models.sequence_update import SequenceUpdate

            body = SequenceUpdate(
                name=name,
                schedule_id=schedule_id,
                timezone=timezone,
                steps=steps,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                schedule_id,
                timezone,
                steps,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_sequence import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a sequence

         Deletes an email sequence.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_sequence.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_sequence import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
