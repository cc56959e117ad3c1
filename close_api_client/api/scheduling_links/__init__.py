"""The ``scheduling_links`` operations: one module each, and ``SchedulingLinksResource`` (``close.scheduling_links``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.scheduling_link import SchedulingLink
    from ...models.scheduling_link_create import SchedulingLinkCreate
    from ...models.scheduling_link_integration_upsert import SchedulingLinkIntegrationUpsert
    from ...models.scheduling_link_list import SchedulingLinkList
    from ...models.scheduling_link_update import SchedulingLinkUpdate


class SchedulingLinksResource:
    """The ``scheduling_links`` operations as methods: ``close.scheduling_links.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``scheduling_links.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def _list(
        self,
    ) -> SchedulingLinkList:
        """List user scheduling links

         Lists User Scheduling Links, whatever their `source` (created in Close, by an OAuth
        application, or synced from Calendly). No filters or pagination parameters are documented.

        Args:

        Raises:
            custom.errors.APIError: As `list_scheduling_links.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            SchedulingLinkList
        """

        from .list_scheduling_links import asyncio

        return await asyncio(
            client=self._client,
        )

    @overload
    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SchedulingLink: ...

    @overload
    async def create(
        self,
        *,
        body: SchedulingLinkCreate,
    ) -> SchedulingLink: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SchedulingLinkCreate | Unset = UNSET,
    ) -> SchedulingLink:
        """Create a user scheduling link

         Creates a `MANUAL` User Scheduling Link for the current user. A `url` without a scheme
        is stored with `https://`.

        Args:
            name (str | Unset):
            url (str | Unset): A URL without a scheme gets `https://`.
            description (None | str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SchedulingLinkCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_scheduling_link.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SchedulingLink
        """

        if isinstance(body, Unset):
            from ...models.scheduling_link_create import SchedulingLinkCreate

            body = SchedulingLinkCreate(
                name=name,
                url=url,
                description=description,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                url,
                description,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_scheduling_link import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    @overload
    async def upsert_scheduling_link_integration(
        self,
        *,
        source_id: str,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        source_type: None | str | Unset = UNSET,
        duration_in_minutes: int | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SchedulingLink: ...

    @overload
    async def upsert_scheduling_link_integration(
        self,
        *,
        body: SchedulingLinkIntegrationUpsert,
    ) -> SchedulingLink: ...

    async def upsert_scheduling_link_integration(
        self,
        *,
        source_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        source_type: None | str | Unset = UNSET,
        duration_in_minutes: int | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SchedulingLinkIntegrationUpsert | Unset = UNSET,
    ) -> SchedulingLink:
        """Create or update a scheduling link as an OAuth application

         Creates a `THIRD_PARTY` User Scheduling Link managed by the calling OAuth application, or
        updates the one it already created with the same `source_id`. OAuth only: an API key
        gets an error.

        Args:
            source_id (str): The application's own identifier; a second call with the same value
                updates the link.
            name (str | Unset):
            url (str | Unset):
            description (None | str | Unset):
            source_type (None | str | Unset): Short descriptor shown in Close.
            duration_in_minutes (int | None | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SchedulingLinkIntegrationUpsert | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `upsert_scheduling_link_integration.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SchedulingLink
        """

        if isinstance(body, Unset):
            if isinstance(source_id, Unset):
                raise TypeError("upsert_scheduling_link_integration() needs source_id= (or body=)")
            from ...models.scheduling_link_integration_upsert import SchedulingLinkIntegrationUpsert

            body = SchedulingLinkIntegrationUpsert(
                source_id=source_id,
                name=name,
                url=url,
                description=description,
                source_type=source_type,
                duration_in_minutes=duration_in_minutes,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                source_id,
                name,
                url,
                description,
                source_type,
                duration_in_minutes,
                custom,
            )
        ):
            raise TypeError(
                "upsert_scheduling_link_integration() takes body= or field keywords, not both"
            )

        from .upsert_scheduling_link_integration import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def delete_scheduling_link_integration(
        self,
        source_id: str,
    ) -> None:
        """Delete a scheduling link as an OAuth application

         Deletes the User Scheduling Link the calling OAuth application created with this
        `source_id`. OAuth only: an API key gets an error.

        Args:
            source_id (str): The application's own identifier of the link, as sent in `source_id`.

        Raises:
            custom.errors.APIError: As `delete_scheduling_link_integration.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            None
        """

        from .delete_scheduling_link_integration import asyncio

        return await asyncio(
            source_id,
            client=self._client,
        )

    async def get(
        self,
        id: str,
    ) -> SchedulingLink:
        """Get a user scheduling link

         Returns one User Scheduling Link.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `get_scheduling_link.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            SchedulingLink
        """

        from .get_scheduling_link import asyncio

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
        url: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SchedulingLink: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: SchedulingLinkUpdate,
    ) -> SchedulingLink: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SchedulingLinkUpdate | Unset = UNSET,
    ) -> SchedulingLink:
        """Update a user scheduling link

         Changes only the fields sent; a `url` without a scheme is stored with `https://`.

        Args:
            id (str): The object's id.
            name (str | Unset):
            url (str | Unset):
            description (None | str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SchedulingLinkUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_scheduling_link.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SchedulingLink
        """

        if isinstance(body, Unset):
            from ...models.scheduling_link_update import SchedulingLinkUpdate

            body = SchedulingLinkUpdate(
                name=name,
                url=url,
                description=description,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                url,
                description,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_scheduling_link import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> None:
        """Delete a user scheduling link

         Deletes a User Scheduling Link.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_scheduling_link.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            None
        """

        from .delete_scheduling_link import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
