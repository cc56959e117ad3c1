"""The ``calls`` operations: one module each, and ``CallsResource`` (``close.calls``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.call_activity import CallActivity
    from ...models.call_activity_create import CallActivityCreate
    from ...models.call_activity_create_custom_fields_type_0 import (
        CallActivityCreateCustomFieldsType0,
    )
    from ...models.call_activity_list import CallActivityList
    from ...models.call_activity_update import CallActivityUpdate
    from ...models.call_activity_update_custom_fields_type_0 import (
        CallActivityUpdateCustomFieldsType0,
    )
    from ...models.call_source import CallSource
    from ...models.empty import Empty
    from ...models.phone_direction import PhoneDirection


class CallsResource:
    """The ``calls`` operations as methods: ``close.calls.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``calls.<operation>.asyncio(..., client=client)``.
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
    ) -> Listing[CallActivity, CallActivityList]:
        """List Call activities

         Lists Call activities (regular, power-dialer and predictive-dialer calls, and calls logged via the
        API) with the standard activity filters.

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
            custom.errors.APIError: As `list_calls.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[CallActivity, CallActivityList]
        """

        from custom._listing import Listing

        from . import list_calls

        return Listing(
            list_calls,
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
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        direction: PhoneDirection | Unset = UNSET,
        status: str | Unset = UNSET,
        note: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        phone: str | Unset = UNSET,
        recording_url: str | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        conversation_type_id: None | str | Unset = UNSET,
        created_by_id: None | str | Unset = UNSET,
        custom_fields: CallActivityCreateCustomFieldsType0 | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        note_html: None | str | Unset = UNSET,
        organization_id: None | str | Unset = UNSET,
        outcome_id: None | str | Unset = UNSET,
        playbook_id: None | str | Unset = UNSET,
        quality_info: None | str | Unset = UNSET,
        source: CallSource | Unset = UNSET,
        voicemail_url: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CallActivity: ...

    @overload
    async def create(
        self,
        *,
        body: CallActivityCreate,
    ) -> CallActivity: ...

    async def create(
        self,
        *,
        lead_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        direction: PhoneDirection | Unset = UNSET,
        status: str | Unset = UNSET,
        note: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        phone: str | Unset = UNSET,
        recording_url: str | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        conversation_type_id: None | str | Unset = UNSET,
        created_by_id: None | str | Unset = UNSET,
        custom_fields: CallActivityCreateCustomFieldsType0 | None | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        note_html: None | str | Unset = UNSET,
        organization_id: None | str | Unset = UNSET,
        outcome_id: None | str | Unset = UNSET,
        playbook_id: None | str | Unset = UNSET,
        quality_info: None | str | Unset = UNSET,
        source: CallSource | Unset = UNSET,
        voicemail_url: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CallActivityCreate | Unset = UNSET,
    ) -> CallActivity:
        """Log a Call activity

         Logs a call made outside Close's built-in calling. `status` defaults to `completed`; a
        `recording_url` must be an `https://` URL to an MP3 file.

        Args:
            lead_id (str | Unset):
            contact_id (str | Unset):
            user_id (str | Unset):
            created_by (str | Unset):
            direction (PhoneDirection | Unset): Direction of a call or SMS.
            status (str | Unset): Defaults to `completed`.
            note (str | Unset):
            duration (int | Unset): Seconds.
            phone (str | Unset): The remote phone number.
            recording_url (str | Unset): An `https://` URL of the call's MP3 recording.
            activity_at (datetime.datetime | None | Unset):
            conversation_type_id (None | str | Unset):
            created_by_id (None | str | Unset):
            custom_fields (CallActivityCreateCustomFieldsType0 | None | Unset):
            date_created (datetime.datetime | None | Unset):
            note_html (None | str | Unset):
            organization_id (None | str | Unset):
            outcome_id (None | str | Unset):
            playbook_id (None | str | Unset):
            quality_info (None | str | Unset):
            source (CallSource | Unset):
            voicemail_url (None | str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CallActivityCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `create_call.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CallActivity
        """

        if isinstance(body, Unset):
            from ...models.call_activity_create import CallActivityCreate

            body = CallActivityCreate(
                lead_id=lead_id,
                contact_id=contact_id,
                user_id=user_id,
                created_by=created_by,
                direction=direction,
                status=status,
                note=note,
                duration=duration,
                phone=phone,
                recording_url=recording_url,
                activity_at=activity_at,
                conversation_type_id=conversation_type_id,
                created_by_id=created_by_id,
                custom_fields=custom_fields,
                date_created=date_created,
                note_html=note_html,
                organization_id=organization_id,
                outcome_id=outcome_id,
                playbook_id=playbook_id,
                quality_info=quality_info,
                source=source,
                voicemail_url=voicemail_url,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                lead_id,
                contact_id,
                user_id,
                created_by,
                direction,
                status,
                note,
                duration,
                phone,
                recording_url,
                activity_at,
                conversation_type_id,
                created_by_id,
                custom_fields,
                date_created,
                note_html,
                organization_id,
                outcome_id,
                playbook_id,
                quality_info,
                source,
                voicemail_url,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_call import asyncio

        return await asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CallActivity:
        """Get a Call activity

         Returns one Call activity.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_call.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CallActivity
        """

        from .get_call import asyncio

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
        note: str | Unset = UNSET,
        direction: PhoneDirection | Unset = UNSET,
        status: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        phone: str | Unset = UNSET,
        recording_url: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        conversation_type_id: None | str | Unset = UNSET,
        custom_fields: CallActivityUpdateCustomFieldsType0 | None | Unset = UNSET,
        lead_id: None | str | Unset = UNSET,
        note_html: None | str | Unset = UNSET,
        outcome_id: None | str | Unset = UNSET,
        playbook_id: None | str | Unset = UNSET,
        quality_info: None | str | Unset = UNSET,
        voicemail_url: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
    ) -> CallActivity: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: CallActivityUpdate,
    ) -> CallActivity: ...

    async def update(
        self,
        id: str,
        *,
        note: str | Unset = UNSET,
        direction: PhoneDirection | Unset = UNSET,
        status: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        phone: str | Unset = UNSET,
        recording_url: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        activity_at: datetime.datetime | None | Unset = UNSET,
        conversation_type_id: None | str | Unset = UNSET,
        custom_fields: CallActivityUpdateCustomFieldsType0 | None | Unset = UNSET,
        lead_id: None | str | Unset = UNSET,
        note_html: None | str | Unset = UNSET,
        outcome_id: None | str | Unset = UNSET,
        playbook_id: None | str | Unset = UNSET,
        quality_info: None | str | Unset = UNSET,
        voicemail_url: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: CallActivityUpdate | Unset = UNSET,
    ) -> CallActivity:
        """Update a Call activity

         Changes only the fields sent, e.g. the call's `note`.

        Args:
            id (str): The object's id.
            note (str | Unset):
            direction (PhoneDirection | Unset): Direction of a call or SMS.
            status (str | Unset):
            duration (int | Unset):
            phone (str | Unset):
            recording_url (str | Unset):
            contact_id (str | Unset):
            user_id (str | Unset):
            activity_at (datetime.datetime | None | Unset):
            conversation_type_id (None | str | Unset):
            custom_fields (CallActivityUpdateCustomFieldsType0 | None | Unset):
            lead_id (None | str | Unset):
            note_html (None | str | Unset):
            outcome_id (None | str | Unset):
            playbook_id (None | str | Unset):
            quality_info (None | str | Unset):
            voicemail_url (None | str | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (CallActivityUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).

        Raises:
            custom.errors.APIError: As `update_call.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            CallActivity
        """

        if isinstance(body, Unset):
            from ...models.call_activity_update import CallActivityUpdate

            body = CallActivityUpdate(
                note=note,
                direction=direction,
                status=status,
                duration=duration,
                phone=phone,
                recording_url=recording_url,
                contact_id=contact_id,
                user_id=user_id,
                activity_at=activity_at,
                conversation_type_id=conversation_type_id,
                custom_fields=custom_fields,
                lead_id=lead_id,
                note_html=note_html,
                outcome_id=outcome_id,
                playbook_id=playbook_id,
                quality_info=quality_info,
                voicemail_url=voicemail_url,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                note,
                direction,
                status,
                duration,
                phone,
                recording_url,
                contact_id,
                user_id,
                activity_at,
                conversation_type_id,
                custom_fields,
                lead_id,
                note_html,
                outcome_id,
                playbook_id,
                quality_info,
                voicemail_url,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_call import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a Call activity

         Deletes a Call activity.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_call.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_call import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
