"""The ``groups`` operations: one module each, and ``GroupsResource`` (``close.groups``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.group import Group
    from ...models.group_create import GroupCreate
    from ...models.group_list import GroupList
    from ...models.group_member import GroupMember
    from ...models.group_member_create import GroupMemberCreate
    from ...models.group_update import GroupUpdate


class GroupsResource:
    """The ``groups`` operations as methods: ``close.groups.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``groups.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def _list(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> GroupList:
        """List groups

         Lists the organization's groups. Ask for the fields you need with `_fields` (e.g. `_fields=name`);
        members are not available here, only on a single group.

        Args:
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `list_groups.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            GroupList
        """

        from .list_groups import asyncio

        return await asyncio(
            client=self._client,
            fields=fields,
        )

    @overload
    async def create(
        self,
        *,
        name: str,
        custom: Mapping[str, Any] | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> Group: ...

    @overload
    async def create(
        self,
        *,
        body: GroupCreate,
        fields: str | Unset = UNSET,
    ) -> Group: ...

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: GroupCreate | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> Group:
        """Create a group

         Creates an empty group; add users with the member endpoint. Names must be unique.

        Args:
            name (str):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (GroupCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `create_group.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Group
        """

        if isinstance(body, Unset):
            if isinstance(name, Unset):
                raise TypeError("create() needs name= (or body=)")
            from ...models.group_create import GroupCreate

            body = GroupCreate(
                name=name,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_group import asyncio

        return await asyncio(
            client=self._client,
            body=body,
            fields=fields,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Group:
        """Get a group

         Returns one group; pass `_fields=name,members` to get its name and members.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_group.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Group
        """

        from .get_group import asyncio

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
        custom: Mapping[str, Any] | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> Group: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: GroupUpdate,
        fields: str | Unset = UNSET,
    ) -> Group: ...

    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: GroupUpdate | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> Group:
        """Rename a group

         Renames a group; the new name must be unique in the organization.

        Args:
            id (str): The object's id.
            name (str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (GroupUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `update_group.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Group
        """

        if isinstance(body, Unset):
            from ...models.group_update import GroupUpdate

            body = GroupUpdate(
                name=name,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                name,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_group import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
            fields=fields,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty | None:
        """Delete a group

         Deletes a group; refused while saved reports or Smart Views refer to it.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_group.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty | None
        """

        from .delete_group import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    @overload
    async def add_group_member(
        self,
        id: str,
        *,
        user_id: str,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> GroupMember: ...

    @overload
    async def add_group_member(
        self,
        id: str,
        *,
        body: GroupMemberCreate,
    ) -> GroupMember: ...

    async def add_group_member(
        self,
        id: str,
        *,
        user_id: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: GroupMemberCreate | Unset = UNSET,
    ) -> GroupMember:
        """Add a user to a group

         Adds a user to the group; adding a user who is already a member changes nothing.

        Args:
            id (str): The object's id.
            user_id (str):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (GroupMemberCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `add_group_member.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            GroupMember
        """

        if isinstance(body, Unset):
            if isinstance(user_id, Unset):
                raise TypeError("add_group_member() needs user_id= (or body=)")
            from ...models.group_member_create import GroupMemberCreate

            body = GroupMemberCreate(
                user_id=user_id,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                user_id,
                custom,
            )
        ):
            raise TypeError("add_group_member() takes body= or field keywords, not both")

        from .add_group_member import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def remove_group_member(
        self,
        id: str,
        user_id: str,
    ) -> Empty | None:
        """Remove a user from a group

         Removes a user from the group.

        Args:
            id (str): The object's id.
            user_id (str): The user to remove from the group.

        Raises:
            custom.errors.APIError: As `remove_group_member.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty | None
        """

        from .remove_group_member import asyncio

        return await asyncio(
            id,
            user_id,
            client=self._client,
        )

    list = _list
