"""The ``lead_status_changes`` operations: one module each, and ``LeadStatusChangesResource`` (``close.lead_status_changes``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.lead_status_change_activity import LeadStatusChangeActivity
    from ...models.lead_status_change_activity_create import LeadStatusChangeActivityCreate
    from ...models.lead_status_change_activity_list import LeadStatusChangeActivityList


class LeadStatusChangesResource:
    """The ``lead_status_changes`` operations as methods: ``close.lead_status_changes.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``lead_status_changes.<operation>.asyncio(..., client=client)``.
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
    ) -> Listing[LeadStatusChangeActivity, LeadStatusChangeActivityList]:
        """List LeadStatusChange activities

         Lists LeadStatusChange activities. Consecutive status changes of one lead by the same user within a
        short time update one activity instead of adding more.

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
            custom.errors.APIError: As `list_lead_status_changes.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[LeadStatusChangeActivity, LeadStatusChangeActivityList]
        """

        from custom._listing import Listing

        from . import list_lead_status_changes

        return Listing(
            list_lead_status_changes,
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
        old_status_id: str | Unset = UNSET,
        new_status_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> LeadStatusChangeActivity: ...

    @overload
    async def create(
        self,
        *,
        body: LeadStatusChangeActivityCreate,
    ) -> LeadStatusChangeActivity: ...

    async def create(
        self,
        *,
        lead_id: str | Unset = UNSET,
        old_status_id: str | Unset = UNSET,
        new_status_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        date_created: datetime.datetime | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: LeadStatusChangeActivityCreate | Unset = UNSET,
    ) -> LeadStatusChangeActivity:
        """Create a LeadStatusChange activity

         Records a lead status change in the activity feed, e.g. one imported from another system. It does
        not change the lead's current status.

        Args:
            lead_id (str | Unset):
            old_status_id (str | Unset):
            new_status_id (str | Unset):
            user_id (str | Unset):
            date_created (datetime.datetime | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (LeadStatusChangeActivityCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_lead_status_change.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            LeadStatusChangeActivity
        """

        if isinstance(body, Unset):
            from ...models.lead_status_change_activity_create import LeadStatusChangeActivityCreate

            body = LeadStatusChangeActivityCreate(
                lead_id=lead_id,
                old_status_id=old_status_id,
                new_status_id=new_status_id,
                user_id=user_id,
                date_created=date_created,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                lead_id,
                old_status_id,
                new_status_id,
                user_id,
                date_created,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_lead_status_change import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> LeadStatusChangeActivity:
        """Get a LeadStatusChange activity

         Returns one LeadStatusChange activity.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_lead_status_change.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            LeadStatusChangeActivity
        """

        from .get_lead_status_change import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a LeadStatusChange activity

         Deletes a LeadStatusChange activity (the lead's status stays as it is).

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_lead_status_change.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_lead_status_change import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
