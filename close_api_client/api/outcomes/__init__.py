"""The ``outcomes`` operations: one module each, and ``OutcomesResource`` (``close.outcomes``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.outcome import Outcome
    from ...models.outcome_applies_to import OutcomeAppliesTo
    from ...models.outcome_create import OutcomeCreate
    from ...models.outcome_list import OutcomeList
    from ...models.outcome_type import OutcomeType
    from ...models.outcome_update import OutcomeUpdate


class OutcomesResource:
    """The ``outcomes`` operations as methods: ``close.outcomes.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``outcomes.<operation>.asyncio(..., client=client)``.
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
    ) -> Listing[Outcome, OutcomeList]:
        """List outcomes

         Lists the organization's outcomes page by page (`_skip`/`_limit`).

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
            custom.errors.APIError: As `list_outcomes.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[Outcome, OutcomeList]
        """

        from custom._listing import Listing

        from . import list_outcomes

        return Listing(
            list_outcomes,
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
        description: None | str | Unset = UNSET,
        type_: OutcomeType | Unset = UNSET,
        applies_to: list[OutcomeAppliesTo] | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Outcome: ...

    @overload
    async def create(
        self,
        *,
        body: OutcomeCreate,
    ) -> Outcome: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        type_: OutcomeType | Unset = UNSET,
        applies_to: list[OutcomeAppliesTo] | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: OutcomeCreate | Unset = UNSET,
    ) -> Outcome:
        """Create an outcome

         Adds an outcome that users can pick on calls and meetings. `type` defaults to `custom`;
        a `vm-dropped` outcome is set automatically on calls when a voicemail drop is performed.
        `applies_to` is deprecated on writes and derived from `type`.

        Args:
            name (str):
            description (None | str | Unset):
            type_ (OutcomeType | Unset): `custom` (default) or `vm-dropped` (set automatically on
                calls after a voicemail drop).
            applies_to (list[OutcomeAppliesTo] | None | Unset): Deprecated; derived from `type`.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (OutcomeCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_outcome.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Outcome
        """

        if isinstance(body, Unset):
            if isinstance(name, Unset):
                raise TypeError("create() needs name= (or body=)")
            from ...models.outcome_create import OutcomeCreate

            body = OutcomeCreate(
                name=name,
                description=description,
                type_=type_,
                applies_to=applies_to,
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
                type_,
                applies_to,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_outcome import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Outcome:
        """Get an outcome

         Returns one outcome.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_outcome.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Outcome
        """

        from .get_outcome import asyncio

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
        name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        type_: None | OutcomeType | Unset = UNSET,
        applies_to: list[OutcomeAppliesTo] | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Outcome: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: OutcomeUpdate,
    ) -> Outcome: ...

    async def update(
        self,
        id: str,
        *,
        name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        type_: None | OutcomeType | Unset = UNSET,
        applies_to: list[OutcomeAppliesTo] | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: OutcomeUpdate | Unset = UNSET,
    ) -> Outcome:
        """Update an outcome

         Changes only the fields sent. `applies_to` is deprecated on writes and derived from `type`.

        Args:
            id (str): The object's id.
            name (None | str | Unset):
            description (None | str | Unset):
            type_ (None | OutcomeType | Unset):
            applies_to (list[OutcomeAppliesTo] | None | Unset): Deprecated; derived from `type`.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (OutcomeUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_outcome.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Outcome
        """

        if isinstance(body, Unset):
            from ...models.outcome_update import OutcomeUpdate

            body = OutcomeUpdate(
                name=name,
                description=description,
                type_=type_,
                applies_to=applies_to,
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
                type_,
                applies_to,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_outcome import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete an outcome

         Deletes an outcome. Calls and meetings that carry it keep the reference, but it can no
        longer be set on new ones nor fetched from the API.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_outcome.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_outcome import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
