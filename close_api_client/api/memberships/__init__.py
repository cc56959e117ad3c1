"""The ``memberships`` operations: one module each, and ``MembershipsResource`` (``close.memberships``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.auto_record_calls import AutoRecordCalls
    from ...models.empty import Empty
    from ...models.membership import Membership
    from ...models.membership_bulk_filter import MembershipBulkFilter
    from ...models.membership_bulk_update import MembershipBulkUpdate
    from ...models.membership_bulk_update_result import MembershipBulkUpdateResult
    from ...models.membership_create import MembershipCreate
    from ...models.membership_pinned_views import MembershipPinnedViews
    from ...models.membership_pinned_views_update import MembershipPinnedViewsUpdate
    from ...models.membership_update import MembershipUpdate


class MembershipsResource:
    """The ``memberships`` operations as methods: ``close.memberships.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``memberships.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @overload
    async def bulk_update_memberships(
        self,
        *,
        params: MembershipBulkFilter,
        role_id: str | Unset = UNSET,
        auto_record_calls: AutoRecordCalls | Unset = UNSET,
        default_caller_id: None | str | Unset = UNSET,
        hangup_recording_url: None | str | Unset = UNSET,
        may_workflows_impersonate: bool | Unset = UNSET,
        track_email_opens: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> MembershipBulkUpdateResult: ...

    @overload
    async def bulk_update_memberships(
        self,
        *,
        body: MembershipBulkUpdate,
    ) -> MembershipBulkUpdateResult: ...

    async def bulk_update_memberships(
        self,
        *,
        params: MembershipBulkFilter | Unset = UNSET,
        role_id: str | Unset = UNSET,
        auto_record_calls: AutoRecordCalls | Unset = UNSET,
        default_caller_id: None | str | Unset = UNSET,
        hangup_recording_url: None | str | Unset = UNSET,
        may_workflows_impersonate: bool | Unset = UNSET,
        track_email_opens: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: MembershipBulkUpdate | Unset = UNSET,
    ) -> MembershipBulkUpdateResult:
        """Bulk-update memberships

         Applies the same settings (any field a single membership update accepts, e.g. `role_id`) to the
        memberships whose comma-separated ids are given in `_params.id__in`. Returns how many were updated.

        Args:
            params (MembershipBulkFilter): Which memberships a bulk update applies to.
            role_id (str | Unset): `admin`, `superuser`, `user`, `restricteduser` or a custom role id.
            auto_record_calls (AutoRecordCalls | Unset): Whether the member's calls are recorded
                automatically; starts as `unset`.
            default_caller_id (None | str | Unset):
            hangup_recording_url (None | str | Unset):
            may_workflows_impersonate (bool | Unset):
            track_email_opens (bool | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (MembershipBulkUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `bulk_update_memberships.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            MembershipBulkUpdateResult
        """

        if isinstance(body, Unset):
            if isinstance(params, Unset):
                raise TypeError("bulk_update_memberships() needs params= (or body=)")
            from ...models.membership_bulk_update import MembershipBulkUpdate

            body = MembershipBulkUpdate(
                params=params,
                role_id=role_id,
                auto_record_calls=auto_record_calls,
                default_caller_id=default_caller_id,
                hangup_recording_url=hangup_recording_url,
                may_workflows_impersonate=may_workflows_impersonate,
                track_email_opens=track_email_opens,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                params,
                role_id,
                auto_record_calls,
                default_caller_id,
                hangup_recording_url,
                may_workflows_impersonate,
                track_email_opens,
                custom,
            )
        ):
            raise TypeError("bulk_update_memberships() takes body= or field keywords, not both")

        from .bulk_update_memberships import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    @overload
    async def create(
        self,
        *,
        email: str,
        role_id: str,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Membership: ...

    @overload
    async def create(
        self,
        *,
        body: MembershipCreate,
    ) -> Membership: ...

    async def create(
        self,
        *,
        email: str | Unset = UNSET,
        role_id: str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: MembershipCreate | Unset = UNSET,
    ) -> Membership:
        """Create a membership

         Makes sure the user with this email is an active member of your organization, creating the user if
        needed. Needs the "Manage Organization" permission and, per the current docs, the organization's
        verified-domain restriction; the role must not grant `manage_organization`. Older docs say the
        endpoint works with OAuth only, not API keys.

        Args:
            email (str):
            role_id (str): `superuser`, `user`, `restricteduser` or a custom role id; not a role with
                `manage_organization`.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (MembershipCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_membership.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Membership
        """

        if isinstance(body, Unset):
            if isinstance(email, Unset):
                raise TypeError("create() needs email= (or body=)")
            if isinstance(role_id, Unset):
                raise TypeError("create() needs role_id= (or body=)")
            from ...models.membership_create import MembershipCreate

            body = MembershipCreate(
                email=email,
                role_id=role_id,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                email,
                role_id,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_membership import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    @overload
    async def update(
        self,
        id: str,
        *,
        role_id: str | Unset = UNSET,
        auto_record_calls: AutoRecordCalls | Unset = UNSET,
        default_caller_id: None | str | Unset = UNSET,
        hangup_recording_url: None | str | Unset = UNSET,
        may_workflows_impersonate: bool | Unset = UNSET,
        track_email_opens: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> Membership: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: MembershipUpdate,
    ) -> Membership: ...

    async def update(
        self,
        id: str,
        *,
        role_id: str | Unset = UNSET,
        auto_record_calls: AutoRecordCalls | Unset = UNSET,
        default_caller_id: None | str | Unset = UNSET,
        hangup_recording_url: None | str | Unset = UNSET,
        may_workflows_impersonate: bool | Unset = UNSET,
        track_email_opens: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: MembershipUpdate | Unset = UNSET,
    ) -> Membership:
        """Update a membership

         Changes a member's settings: role (`admin`, `superuser`, `user`, `restricteduser` or a custom role
        id), call recording, default caller id, voicemail drop, email-open tracking.

        Args:
            id (str): The object's id.
            role_id (str | Unset): `admin`, `superuser`, `user`, `restricteduser` or a custom role id.
            auto_record_calls (AutoRecordCalls | Unset): Whether the member's calls are recorded
                automatically; starts as `unset`.
            default_caller_id (None | str | Unset):
            hangup_recording_url (None | str | Unset):
            may_workflows_impersonate (bool | Unset):
            track_email_opens (bool | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (MembershipUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_membership.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Membership
        """

        if isinstance(body, Unset):
            from ...models.membership_update import MembershipUpdate

            body = MembershipUpdate(
                role_id=role_id,
                auto_record_calls=auto_record_calls,
                default_caller_id=default_caller_id,
                hangup_recording_url=hangup_recording_url,
                may_workflows_impersonate=may_workflows_impersonate,
                track_email_opens=track_email_opens,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                role_id,
                auto_record_calls,
                default_caller_id,
                hangup_recording_url,
                may_workflows_impersonate,
                track_email_opens,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_membership import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Deactivate a membership

         Removes the user from the organization; the membership becomes inactive (it is listed under the
        organization's `inactive_memberships`).

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_membership.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_membership import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    async def get_membership_pinned_views(
        self,
        id: str,
    ) -> MembershipPinnedViews:
        """Get a membership's pinned views

         Returns the ids of the Smart Views the member has pinned, in display order.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `get_membership_pinned_views.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            MembershipPinnedViews
        """

        from .get_membership_pinned_views import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    @overload
    async def update_membership_pinned_views(
        self,
        id: str,
        *,
        saved_view_ids: list[str],
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> MembershipPinnedViews: ...

    @overload
    async def update_membership_pinned_views(
        self,
        id: str,
        *,
        body: MembershipPinnedViewsUpdate,
    ) -> MembershipPinnedViews: ...

    async def update_membership_pinned_views(
        self,
        id: str,
        *,
        saved_view_ids: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: MembershipPinnedViewsUpdate | Unset = UNSET,
    ) -> MembershipPinnedViews:
        """Set a membership's pinned views

         Replaces the member's whole list of pinned Smart Views with the ordered list given.

        Args:
            id (str): The object's id.
            saved_view_ids (list[str]):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (MembershipPinnedViewsUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_membership_pinned_views.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            MembershipPinnedViews
        """

        if isinstance(body, Unset):
            if isinstance(saved_view_ids, Unset):
                raise TypeError("update_membership_pinned_views() needs saved_view_ids= (or body=)")
            from ...models.membership_pinned_views_update import MembershipPinnedViewsUpdate

            body = MembershipPinnedViewsUpdate(
                saved_view_ids=saved_view_ids,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                saved_view_ids,
                custom,
            )
        ):
            raise TypeError(
                "update_membership_pinned_views() takes body= or field keywords, not both"
            )

        from .update_membership_pinned_views import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )
