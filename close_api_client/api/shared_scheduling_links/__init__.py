"""The ``shared_scheduling_links`` operations: one module each, and ``SharedSchedulingLinksResource`` (``close.shared_scheduling_links``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.scheduling_link import SchedulingLink
    from ...models.scheduling_link_list import SchedulingLinkList
    from ...models.shared_scheduling_link_create import SharedSchedulingLinkCreate
    from ...models.shared_scheduling_link_update import SharedSchedulingLinkUpdate


class SharedSchedulingLinksResource:
    """The ``shared_scheduling_links`` operations as methods: ``close.shared_scheduling_links.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``shared_scheduling_links.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def _list(
        self,
    ) -> SchedulingLinkList:
        """List shared scheduling links

         Lists the organization's Shared Scheduling Links (`type` `SHARED`). No filters or pagination
        parameters are documented.

        Args:

        Raises:
            custom.errors.APIError: As `list_shared_scheduling_links.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            SchedulingLinkList
        """

        from .list_shared_scheduling_links import asyncio

        return await asyncio(
            client=self._client,
        )

    @overload
    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SchedulingLink: ...

    @overload
    async def create(
        self,
        *,
        body: SharedSchedulingLinkCreate,
    ) -> SchedulingLink: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SharedSchedulingLinkCreate | Unset = UNSET,
    ) -> SchedulingLink:
        """Create a shared scheduling link

         Creates a Shared Scheduling Link for the team (needs the Manage Customizations
        permission). Its `template_tag`, derived from the name, can be used in email templates
        and resolves to the link mapped for the sending user.

        Args:
            name (str | Unset): Also determines the `template_tag`.
            description (None | str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SharedSchedulingLinkCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_shared_scheduling_link.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SchedulingLink
        """

        if isinstance(body, Unset):
            from ...models.shared_scheduling_link_create import SharedSchedulingLinkCreate

            body = SharedSchedulingLinkCreate(
                name=name,
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
                description,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_shared_scheduling_link import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
    ) -> SchedulingLink:
        """Get a shared scheduling link

         Returns one Shared Scheduling Link.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `get_shared_scheduling_link.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            SchedulingLink
        """

        from .get_shared_scheduling_link import asyncio

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
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SchedulingLink: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: SharedSchedulingLinkUpdate,
    ) -> SchedulingLink: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SharedSchedulingLinkUpdate | Unset = UNSET,
    ) -> SchedulingLink:
        """Update a shared scheduling link

         Changes only the fields sent.

        Args:
            id (str): The object's id.
            name (str | Unset):
            description (None | str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SharedSchedulingLinkUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_shared_scheduling_link.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SchedulingLink
        """

        if isinstance(body, Unset):
            from ...models.shared_scheduling_link_update import SharedSchedulingLinkUpdate

            body = SharedSchedulingLinkUpdate(
                name=name,
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
                description,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_shared_scheduling_link import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> None:
        """Delete a shared scheduling link

         Deletes a Shared Scheduling Link.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_shared_scheduling_link.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            None
        """

        from .delete_shared_scheduling_link import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
