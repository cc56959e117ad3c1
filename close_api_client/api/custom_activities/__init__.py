"""The ``custom_activities`` operations: one module each, and ``CustomActivitiesResource`` (``close.custom_activities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.custom_activity import CustomActivity
    from ...models.custom_activity_create import CustomActivityCreate
    from ...models.custom_activity_create_custom_fields_type_0 import (
        CustomActivityCreateCustomFieldsType0,
    )
    from ...models.custom_activity_list import CustomActivityList
    from ...models.custom_activity_status import CustomActivityStatus
    from ...models.custom_activity_update import CustomActivityUpdate
    from ...models.custom_activity_update_custom_fields_type_0 import (
        CustomActivityUpdateCustomFieldsType0,
    )
    from ...models.empty import Empty


class CustomActivitiesResource:
    """The ``custom_activities`` operations as methods: ``close.custom_activities.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``custom_activities.<operation>.asyncio(..., client=client)``.
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
        custom_activity_type_id: str | Unset = UNSET,
        custom_activity_type_id_in: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[CustomActivity, CustomActivityList]:
        """List Custom activities

         Lists Custom Activity instances. Filter by type with `custom_activity_type_id` or
        `custom_activity_type_id__in`; custom field values appear as `custom.<field id>` keys.

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
            custom_activity_type_id (str | Unset): Only instances of this Custom Activity Type
                (`actitype_...`).
            custom_activity_type_id_in (str | Unset): Only instances of these Custom Activity Types
                (comma-separated ids).
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_custom_activities.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[CustomActivity, CustomActivityList]
        """

        from custom._listing import Listing

        from . import list_custom_activities

        return Listing(
            list_custom_activities,
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
            custom_activity_type_id=custom_activity_type_id,
            custom_activity_type_id_in=custom_activity_type_id_in,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create(
        self,
        *,
        custom_activity_type_id: str,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        status: CustomActivityStatus | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        created_by_id: None | str | Unset = UNSET,
        custom_fields: CustomActivityCreateCustomFieldsType0 | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        organization_id: None | str | Unset = UNSET,
        pinned: bool | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomActivity: ...

    @overload
    async def create(
        self,
        *,
        body: CustomActivityCreate,
    ) -> CustomActivity: ...

    async def create(
        self,
        *,
        custom_activity_type_id: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        status: CustomActivityStatus | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        created_by_id: None | str | Unset = UNSET,
        custom_fields: CustomActivityCreateCustomFieldsType0 | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        organization_id: None | str | Unset = UNSET,
        pinned: bool | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomActivityCreate | Unset = UNSET,
    ) -> CustomActivity:
        """Create a Custom activity

         Creates a Custom Activity instance of the given type, with its field values in `custom.<field id>`
        keys. Instances are `published` by default, which validates required fields; send `status: draft` to
        skip that check.

        Args:
            custom_activity_type_id (str):
            lead_id (str | Unset):
            contact_id (str | Unset):
            user_id (str | Unset):
            status (CustomActivityStatus | Unset): `published` instances have their required fields
                validated; `draft` ones do not.
            activity_at (datetime.datetime | None | Unset):
            created_by_id (None | str | Unset):
            custom_fields (CustomActivityCreateCustomFieldsType0 | None | Unset):
            date_created (datetime.datetime | None | Unset):
            organization_id (None | str | Unset):
            pinned (bool | None | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomActivityCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_custom_activity.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomActivity
        """

        if isinstance(body, Unset):
            if isinstance(custom_activity_type_id, Unset):
                raise TypeError("create() needs custom_activity_type_id= (or body=)")
            from ...models.custom_activity_create import CustomActivityCreate

            body = CustomActivityCreate(
                custom_activity_type_id=custom_activity_type_id,
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                status=status,
                activity_at=activity_at,
                created_by_id=created_by_id,
                custom_fields=custom_fields,
                date_created=date_created,
                organization_id=organization_id,
                pinned=pinned,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                custom_activity_type_id,
                lead_id,
                contact_id,
                user_id,
                status,
                activity_at,
                created_by_id,
                custom_fields,
                date_created,
                organization_id,
                pinned,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_custom_activity import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomActivity:
        """Get a Custom activity

         Returns one Custom activity.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_custom_activity.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CustomActivity
        """

        from .get_custom_activity import asyncio

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
        status: CustomActivityStatus | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        contact_id: None | str | Unset = UNSET,
        custom_fields: CustomActivityUpdateCustomFieldsType0 | None | Unset = UNSET,
        pinned: bool | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CustomActivity: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: CustomActivityUpdate,
    ) -> CustomActivity: ...

    async def update(
        self,
        id: str,
        *,
        status: CustomActivityStatus | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        contact_id: None | str | Unset = UNSET,
        custom_fields: CustomActivityUpdateCustomFieldsType0 | None | Unset = UNSET,
        pinned: bool | None | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CustomActivityUpdate | Unset = UNSET,
    ) -> CustomActivity:
        """Update a Custom activity

         Adds, changes or removes (`custom.<field id>: null`) field values, or moves the instance between
        `draft` and `published`.

        Args:
            id (str): The object's id.
            status (CustomActivityStatus | Unset): `published` instances have their required fields
                validated; `draft` ones do not.
            activity_at (datetime.datetime | None | Unset):
            contact_id (None | str | Unset):
            custom_fields (CustomActivityUpdateCustomFieldsType0 | None | Unset):
            pinned (bool | None | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CustomActivityUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_custom_activity.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CustomActivity
        """

        if isinstance(body, Unset):
            from ...models.custom_activity_update import CustomActivityUpdate

            body = CustomActivityUpdate(
                status=status,
                activity_at=activity_at,
                contact_id=contact_id,
                custom_fields=custom_fields,
                pinned=pinned,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                status,
                activity_at,
                contact_id,
                custom_fields,
                pinned,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_custom_activity import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a Custom activity

         Deletes a Custom activity.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_custom_activity.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_custom_activity import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
