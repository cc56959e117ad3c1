"""The ``shared_scheduling_link_associations`` operations: one module each, and ``SharedSchedulingLinkAssociationsResource`` (``close.shared_scheduling_link_associations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.shared_scheduling_link_association import SharedSchedulingLinkAssociation
    from ...models.shared_scheduling_link_association_create import (
        SharedSchedulingLinkAssociationCreate,
    )
    from ...models.shared_scheduling_link_association_unmap import (
        SharedSchedulingLinkAssociationUnmap,
    )


class SharedSchedulingLinkAssociationsResource:
    """The ``shared_scheduling_link_associations`` operations as methods: ``close.shared_scheduling_link_associations.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``shared_scheduling_link_associations.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @overload
    async def map_shared_scheduling_link(
        self,
        *,
        organization_id: str | Unset = UNSET,
        shared_scheduling_link_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_scheduling_link_id: str | Unset = UNSET,
        url: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SharedSchedulingLinkAssociation: ...

    @overload
    async def map_shared_scheduling_link(
        self,
        *,
        body: SharedSchedulingLinkAssociationCreate,
    ) -> SharedSchedulingLinkAssociation: ...

    async def map_shared_scheduling_link(
        self,
        *,
        organization_id: str | Unset = UNSET,
        shared_scheduling_link_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_scheduling_link_id: str | Unset = UNSET,
        url: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SharedSchedulingLinkAssociationCreate | Unset = UNSET,
    ) -> SharedSchedulingLinkAssociation:
        """Map a shared scheduling link for a user

         Maps a Shared Scheduling Link, for one user, to one of that user's Scheduling Links
        (`user_scheduling_link_id`) or to a plain `url`. Allowed for users with Manage
        Customizations and for the owner of the User Scheduling Link.

        Args:
            organization_id (str | Unset):
            shared_scheduling_link_id (str | Unset):
            user_id (str | Unset):
            user_scheduling_link_id (str | Unset):
            url (str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SharedSchedulingLinkAssociationCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `map_shared_scheduling_link.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SharedSchedulingLinkAssociation
        """

        if isinstance(body, Unset):
            from ...models.shared_scheduling_link_association_create import (
                SharedSchedulingLinkAssociationCreate,
            )

            body = SharedSchedulingLinkAssociationCreate(
                organization_id=organization_id,
                shared_scheduling_link_id=shared_scheduling_link_id,
                user_id=user_id,
                user_scheduling_link_id=user_scheduling_link_id,
                url=url,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                organization_id,
                shared_scheduling_link_id,
                user_id,
                user_scheduling_link_id,
                url,
                custom,
            )
        ):
            raise TypeError("map_shared_scheduling_link() takes body= or field keywords, not both")

        from .map_shared_scheduling_link import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    @overload
    async def unmap_shared_scheduling_link(
        self,
        *,
        organization_id: str | Unset = UNSET,
        shared_scheduling_link_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Empty: ...

    @overload
    async def unmap_shared_scheduling_link(
        self,
        *,
        body: SharedSchedulingLinkAssociationUnmap,
    ) -> Empty: ...

    async def unmap_shared_scheduling_link(
        self,
        *,
        organization_id: str | Unset = UNSET,
        shared_scheduling_link_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SharedSchedulingLinkAssociationUnmap | Unset = UNSET,
    ) -> Empty:
        """Unmap a shared scheduling link for a user

         Removes the mapping of a Shared Scheduling Link for one user.

        Args:
            organization_id (str | Unset):
            shared_scheduling_link_id (str | Unset):
            user_id (str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SharedSchedulingLinkAssociationUnmap | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `unmap_shared_scheduling_link.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Empty
        """

        if isinstance(body, Unset):
            from ...models.shared_scheduling_link_association_unmap import (
                SharedSchedulingLinkAssociationUnmap,
            )

            body = SharedSchedulingLinkAssociationUnmap(
                organization_id=organization_id,
                shared_scheduling_link_id=shared_scheduling_link_id,
                user_id=user_id,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                organization_id,
                shared_scheduling_link_id,
                user_id,
                custom,
            )
        ):
            raise TypeError(
                "unmap_shared_scheduling_link() takes body= or field keywords, not both"
            )

        from .unmap_shared_scheduling_link import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )
