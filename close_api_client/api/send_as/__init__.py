"""The ``send_as`` operations: one module each, and ``SendAsResource`` (``close.send_as``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.send_as import SendAs
    from ...models.send_as_bulk_update import SendAsBulkUpdate
    from ...models.send_as_create import SendAsCreate
    from ...models.send_as_list import SendAsList


class SendAsResource:
    """The ``send_as`` operations as methods: ``close.send_as.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``send_as.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def _list(
        self,
        *,
        allowing_user_id: str | Unset = UNSET,
        allowed_user_id: str | Unset = UNSET,
    ) -> SendAsList:
        """List Send As associations

         Lists the associations you take part in: one of `allowing_user_id` or `allowed_user_id` must be your
        own user id; with neither, `allowing_user_id` (you) is assumed.

        Args:
            allowing_user_id (str | Unset): Only associations where this user (who may be sent as) is
                the allowing user.
            allowed_user_id (str | Unset): Only associations where this user may send as the allowing
                user.

        Raises:
            custom.errors.APIError: As `list_send_as.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            SendAsList
        """

        from .list_send_as import asyncio

        return await asyncio(
            client=self._client,
            allowing_user_id=allowing_user_id,
            allowed_user_id=allowed_user_id,
        )

    @overload
    async def create(
        self,
        *,
        allowing_user_id: str,
        allowed_user_id: str,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SendAs: ...

    @overload
    async def create(
        self,
        *,
        body: SendAsCreate,
    ) -> SendAs: ...

    async def create(
        self,
        *,
        allowing_user_id: str | Unset = UNSET,
        allowed_user_id: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SendAsCreate | Unset = UNSET,
    ) -> SendAs:
        """Create a Send As association

         Lets another user send emails, bulk emails and sequences as you; `allowing_user_id` must be you.

        Args:
            allowing_user_id (str):
            allowed_user_id (str):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SendAsCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_send_as.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SendAs
        """

        if isinstance(body, Unset):
            if isinstance(allowing_user_id, Unset):
                raise TypeError("create() needs allowing_user_id= (or body=)")
            if isinstance(allowed_user_id, Unset):
                raise TypeError("create() needs allowed_user_id= (or body=)")
            from ...models.send_as_create import SendAsCreate

            body = SendAsCreate(
                allowing_user_id=allowing_user_id,
                allowed_user_id=allowed_user_id,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                allowing_user_id,
                allowed_user_id,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_send_as import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def delete_send_as_by_users(
        self,
        *,
        allowing_user_id: str,
        allowed_user_id: str,
    ) -> Empty | None:
        """Delete a Send As association by users

         Revokes the association between two users, given both ids; `allowing_user_id` must be you. The docs
        show an empty response, so both 200 and 204 are accepted.

        Args:
            allowing_user_id (str): The user who allowed sending as them (you).
            allowed_user_id (str): The user who may no longer send as you.

        Raises:
            custom.errors.APIError: As `delete_send_as_by_users.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty | None
        """

        from .delete_send_as_by_users import asyncio

        return await asyncio(
            client=self._client,
            allowing_user_id=allowing_user_id,
            allowed_user_id=allowed_user_id,
        )

    @overload
    async def bulk_update_send_as(
        self,
        *,
        allowed_user_ids: list[str] | Unset = UNSET,
        disallowed_user_ids: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> SendAsList: ...

    @overload
    async def bulk_update_send_as(
        self,
        *,
        body: SendAsBulkUpdate,
    ) -> SendAsList: ...

    async def bulk_update_send_as(
        self,
        *,
        allowed_user_ids: list[str] | Unset = UNSET,
        disallowed_user_ids: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: SendAsBulkUpdate | Unset = UNSET,
    ) -> SendAsList:
        """Edit Send As associations in bulk

         Allows and disallows many users to send as you in one request; returns every association in which
        you are the allowing user afterwards.

        Args:
            allowed_user_ids (list[str] | Unset):
            disallowed_user_ids (list[str] | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (SendAsBulkUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `bulk_update_send_as.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            SendAsList
        """

        if isinstance(body, Unset):
            from ...models.send_as_bulk_update import SendAsBulkUpdate

            body = SendAsBulkUpdate(
                allowed_user_ids=allowed_user_ids,
                disallowed_user_ids=disallowed_user_ids,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                allowed_user_ids,
                disallowed_user_ids,
                custom,
            )
        ):
            raise TypeError("bulk_update_send_as() takes body= or field keywords, not both")

        from .bulk_update_send_as import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
    ) -> SendAs:
        """Get a Send As association

         Returns one Send As association you take part in.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `get_send_as.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            SendAs
        """

        from .get_send_as import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty | None:
        """Delete a Send As association

         Revokes one association by id. The docs show an empty response, so both 200 and 204 are accepted.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_send_as.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty | None
        """

        from .delete_send_as import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
