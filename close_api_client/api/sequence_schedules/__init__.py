"""The ``sequence_schedules`` operations: one module each, and ``SequenceSchedulesResource`` (``close.sequence_schedules``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.sequence_schedule import SequenceSchedule
    from ...models.sequence_schedule_list import SequenceScheduleList


class SequenceSchedulesResource:
    """The ``sequence_schedules`` operations as methods: ``close.sequence_schedules.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``sequence_schedules.<operation>.asyncio(..., client=client)``.
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
    ) -> Listing[SequenceSchedule, SequenceScheduleList]:
        """List sequence schedules

         Lists the sending schedules a sequence can use (currently two predefined ones, any time and 9am to
        4pm, Monday to Friday).

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
            custom.errors.APIError: As `list_sequence_schedules.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[SequenceSchedule, SequenceScheduleList]
        """

        from custom._listing import Listing

        from . import list_sequence_schedules

        return Listing(
            list_sequence_schedules,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SequenceSchedule:
        """Get a sequence schedule

         Returns one sequence schedule with its weekly time ranges.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_sequence_schedule.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            SequenceSchedule
        """

        from .get_sequence_schedule import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    list = _list
