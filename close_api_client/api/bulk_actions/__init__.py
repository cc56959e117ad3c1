"""The ``bulk_actions`` operations: one module each, and ``BulkActionsResource`` (``close.bulk_actions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.bulk_action_contact_preference import BulkActionContactPreference
    from ...models.bulk_delete import BulkDelete
    from ...models.bulk_delete_create import BulkDeleteCreate
    from ...models.bulk_delete_list import BulkDeleteList
    from ...models.bulk_edit import BulkEdit
    from ...models.bulk_edit_create import BulkEditCreate
    from ...models.bulk_edit_custom_field_operation import BulkEditCustomFieldOperation
    from ...models.bulk_edit_list import BulkEditList
    from ...models.bulk_edit_type import BulkEditType
    from ...models.bulk_email import BulkEmail
    from ...models.bulk_email_create import BulkEmailCreate
    from ...models.bulk_email_list import BulkEmailList
    from ...models.bulk_sequence_subscription import BulkSequenceSubscription
    from ...models.bulk_sequence_subscription_action_type import BulkSequenceSubscriptionActionType
    from ...models.bulk_sequence_subscription_create import BulkSequenceSubscriptionCreate
    from ...models.bulk_sequence_subscription_list import BulkSequenceSubscriptionList


class BulkActionsResource:
    """The ``bulk_actions`` operations as methods: ``close.bulk_actions.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``bulk_actions.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def list_bulk_emails(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        template_id: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[BulkEmail, BulkEmailList]:
        """List bulk emails

         Lists the organization's bulk email actions with their progress.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            template_id (str | Unset): Only bulk emails that use this email template.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_bulk_emails.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[BulkEmail, BulkEmailList]
        """

        from custom._listing import Listing

        from . import list_bulk_emails

        return Listing(
            list_bulk_emails,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
            template_id=template_id,
        )

    @overload
    async def create_bulk_email(
        self,
        *,
        query: str,
        template_id: str,
        contact_preference: BulkActionContactPreference | Unset = UNSET,
        send_done_email: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> BulkEmail: ...

    @overload
    async def create_bulk_email(
        self,
        *,
        body: BulkEmailCreate,
        x_tz_offset: str | Unset = UNSET,
    ) -> BulkEmail: ...

    async def create_bulk_email(
        self,
        *,
        query: str | Unset = UNSET,
        template_id: str | Unset = UNSET,
        contact_preference: BulkActionContactPreference | Unset = UNSET,
        send_done_email: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: BulkEmailCreate | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> BulkEmail:
        """Start a bulk email

         Sends an email template to every lead matching `query`, either to the lead's first contact email
        (`contact_preference: lead`) or to the first email of each contact (`contact`). Runs in the
        background; relative dates in `query` follow `x-tz-offset`.

        Args:
            query (str): Lead search query selecting the leads.
            template_id (str):
            contact_preference (BulkActionContactPreference | Unset): `lead`: only the first contact
                email of each lead; `contact`: the first email of every contact.
            send_done_email (bool | Unset): Email a confirmation when done (default true).
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (BulkEmailCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `create_bulk_email.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            BulkEmail
        """

        if isinstance(body, Unset):
            if isinstance(query, Unset):
                raise TypeError("create_bulk_email() needs query= (or body=)")
            if isinstance(template_id, Unset):
                raise TypeError("create_bulk_email() needs template_id= (or body=)")
            from ...models.bulk_email_create import BulkEmailCreate

            body = BulkEmailCreate(
                query=query,
                template_id=template_id,
                contact_preference=contact_preference,
                send_done_email=send_done_email,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                query,
                template_id,
                contact_preference,
                send_done_email,
                custom,
            )
        ):
            raise TypeError("create_bulk_email() takes body= or field keywords, not both")

        from .create_bulk_email import asyncio

        return await asyncio(
            client=self._client,
            body=body,
            x_tz_offset=x_tz_offset,
        )

    async def get_bulk_email(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> BulkEmail:
        """Get a bulk email

         Returns one bulk email action, e.g. to follow `status` and `n_leads_processed`.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_bulk_email.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            BulkEmail
        """

        from .get_bulk_email import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    def list_bulk_sequence_subscriptions(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[BulkSequenceSubscription, BulkSequenceSubscriptionList]:
        """List bulk sequence subscriptions

         Lists the organization's bulk sequence subscription actions with their progress.

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
            custom.errors.APIError: As `list_bulk_sequence_subscriptions.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[BulkSequenceSubscription, BulkSequenceSubscriptionList]
        """

        from custom._listing import Listing

        from . import list_bulk_sequence_subscriptions

        return Listing(
            list_bulk_sequence_subscriptions,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create_bulk_sequence_subscription(
        self,
        *,
        query: str,
        action_type: BulkSequenceSubscriptionActionType,
        sequence_id: str | Unset = UNSET,
        sender_account_id: str | Unset = UNSET,
        sender_name: str | Unset = UNSET,
        sender_email: str | Unset = UNSET,
        contact_preference: BulkActionContactPreference | Unset = UNSET,
        send_done_email: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> BulkSequenceSubscription: ...

    @overload
    async def create_bulk_sequence_subscription(
        self,
        *,
        body: BulkSequenceSubscriptionCreate,
        x_tz_offset: str | Unset = UNSET,
    ) -> BulkSequenceSubscription: ...

    async def create_bulk_sequence_subscription(
        self,
        *,
        query: str | Unset = UNSET,
        action_type: BulkSequenceSubscriptionActionType | Unset = UNSET,
        sequence_id: str | Unset = UNSET,
        sender_account_id: str | Unset = UNSET,
        sender_name: str | Unset = UNSET,
        sender_email: str | Unset = UNSET,
        contact_preference: BulkActionContactPreference | Unset = UNSET,
        send_done_email: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: BulkSequenceSubscriptionCreate | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> BulkSequenceSubscription:
        """Start a bulk sequence subscription

         Subscribes the contacts of every lead matching `query` to a sequence, or pauses, resumes or
        resumes finished subscriptions (of one sequence, or all without `sequence_id`). `subscribe`
        needs `sequence_id`, the sender fields and `contact_preference`.

        Args:
            query (str):
            action_type (BulkSequenceSubscriptionActionType): `subscribe` contacts that never received
                the sequence; `resume` paused, `resume_finished` finished or `pause` active subscriptions.
            sequence_id (str | Unset): The sequence; for the other actions, all sequences when
                omitted.
            sender_account_id (str | Unset):
            sender_name (str | Unset):
            sender_email (str | Unset):
            contact_preference (BulkActionContactPreference | Unset): `lead`: only the first contact
                email of each lead; `contact`: the first email of every contact.
            send_done_email (bool | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (BulkSequenceSubscriptionCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `create_bulk_sequence_subscription.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            BulkSequenceSubscription
        """

        if isinstance(body, Unset):
            if isinstance(query, Unset):
                raise TypeError("create_bulk_sequence_subscription() needs query= (or body=)")
            if isinstance(action_type, Unset):
                raise TypeError("create_bulk_sequence_subscription() needs action_type= (or body=)")
            from ...models.bulk_sequence_subscription_create import BulkSequenceSubscriptionCreate

            body = BulkSequenceSubscriptionCreate(
                query=query,
                action_type=action_type,
                sequence_id=sequence_id,
                sender_account_id=sender_account_id,
                sender_name=sender_name,
                sender_email=sender_email,
                contact_preference=contact_preference,
                send_done_email=send_done_email,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                query,
                action_type,
                sequence_id,
                sender_account_id,
                sender_name,
                sender_email,
                contact_preference,
                send_done_email,
                custom,
            )
        ):
            raise TypeError(
                "create_bulk_sequence_subscription() takes body= or field keywords, not both"
            )

        from .create_bulk_sequence_subscription import asyncio

        return await asyncio(
            client=self._client,
            body=body,
            x_tz_offset=x_tz_offset,
        )

    async def get_bulk_sequence_subscription(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> BulkSequenceSubscription:
        """Get a bulk sequence subscription

         Returns one bulk sequence subscription action and its progress.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_bulk_sequence_subscription.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            BulkSequenceSubscription
        """

        from .get_bulk_sequence_subscription import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    def list_bulk_deletes(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[BulkDelete, BulkDeleteList]:
        """List bulk deletes

         Lists the organization's bulk delete actions with their progress.

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
            custom.errors.APIError: As `list_bulk_deletes.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[BulkDelete, BulkDeleteList]
        """

        from custom._listing import Listing

        from . import list_bulk_deletes

        return Listing(
            list_bulk_deletes,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create_bulk_delete(
        self,
        *,
        query: str,
        send_done_email: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> BulkDelete: ...

    @overload
    async def create_bulk_delete(
        self,
        *,
        body: BulkDeleteCreate,
        x_tz_offset: str | Unset = UNSET,
    ) -> BulkDelete: ...

    async def create_bulk_delete(
        self,
        *,
        query: str | Unset = UNSET,
        send_done_email: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: BulkDeleteCreate | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> BulkDelete:
        """Start a bulk delete

         Deletes every lead matching `query` in the background (irreversible). A confirmation email is
        sent when done unless `send_done_email` is false.

        Args:
            query (str):
            send_done_email (bool | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (BulkDeleteCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `create_bulk_delete.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            BulkDelete
        """

        if isinstance(body, Unset):
            if isinstance(query, Unset):
                raise TypeError("create_bulk_delete() needs query= (or body=)")
            from ...models.bulk_delete_create import BulkDeleteCreate

            body = BulkDeleteCreate(
                query=query,
                send_done_email=send_done_email,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                query,
                send_done_email,
                custom,
            )
        ):
            raise TypeError("create_bulk_delete() takes body= or field keywords, not both")

        from .create_bulk_delete import asyncio

        return await asyncio(
            client=self._client,
            body=body,
            x_tz_offset=x_tz_offset,
        )

    async def get_bulk_delete(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> BulkDelete:
        """Get a bulk delete

         Returns one bulk delete action and its progress.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_bulk_delete.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            BulkDelete
        """

        from .get_bulk_delete import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    def list_bulk_edits(
        self,
        *,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[BulkEdit, BulkEditList]:
        """List bulk edits

         Lists the organization's bulk edit actions with their progress.

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
            custom.errors.APIError: As `list_bulk_edits.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[BulkEdit, BulkEditList]
        """

        from custom._listing import Listing

        from . import list_bulk_edits

        return Listing(
            list_bulk_edits,
            paging,
            client=self._client,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    @overload
    async def create_bulk_edit(
        self,
        *,
        query: str,
        type_: BulkEditType,
        lead_status_id: str | Unset = UNSET,
        custom_field_id: str | Unset = UNSET,
        custom_field_name: str | Unset = UNSET,
        custom_field_value: Any | Unset = UNSET,
        custom_field_values: list[Any] | Unset = UNSET,
        custom_field_operation: BulkEditCustomFieldOperation | Unset = UNSET,
        send_done_email: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> BulkEdit: ...

    @overload
    async def create_bulk_edit(
        self,
        *,
        body: BulkEditCreate,
        x_tz_offset: str | Unset = UNSET,
    ) -> BulkEdit: ...

    async def create_bulk_edit(
        self,
        *,
        query: str | Unset = UNSET,
        type_: BulkEditType | Unset = UNSET,
        lead_status_id: str | Unset = UNSET,
        custom_field_id: str | Unset = UNSET,
        custom_field_name: str | Unset = UNSET,
        custom_field_value: Any | Unset = UNSET,
        custom_field_values: list[Any] | Unset = UNSET,
        custom_field_operation: BulkEditCustomFieldOperation | Unset = UNSET,
        send_done_email: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: BulkEditCreate | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> BulkEdit:
        """Start a bulk edit

         Changes every lead matching `query`: set the lead status (`lead_status_id`), or set or clear a
        custom field (by `custom_field_id` or `custom_field_name`; multi-value fields take
        `custom_field_values` and `custom_field_operation`).

        Args:
            query (str):
            type_ (BulkEditType): What a bulk edit changes.
            lead_status_id (str | Unset):
            custom_field_id (str | Unset):
            custom_field_name (str | Unset): The exact name of the custom field (instead of its id).
            custom_field_value (Any | Unset): The new value (any custom field type).
            custom_field_values (list[Any] | Unset): Several values, for fields that accept multiple
                values.
            custom_field_operation (BulkEditCustomFieldOperation | Unset): For multi-value custom
                fields, how the new values combine with the old ones.
            send_done_email (bool | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (BulkEditCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `create_bulk_edit.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            BulkEdit
        """

        if isinstance(body, Unset):
            if isinstance(query, Unset):
                raise TypeError("create_bulk_edit() needs query= (or body=)")
            if isinstance(type_, Unset):
                raise TypeError("create_bulk_edit() needs type_= (or body=)")
            from ...models.bulk_edit_create import BulkEditCreate

            body = BulkEditCreate(
                query=query,
                type_=type_,
                lead_status_id=lead_status_id,
                custom_field_id=custom_field_id,
                custom_field_name=custom_field_name,
                custom_field_value=custom_field_value,
                custom_field_values=custom_field_values,
                custom_field_operation=custom_field_operation,
                send_done_email=send_done_email,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                query,
                type_,
                lead_status_id,
                custom_field_id,
                custom_field_name,
                custom_field_value,
                custom_field_values,
                custom_field_operation,
                send_done_email,
                custom,
            )
        ):
            raise TypeError("create_bulk_edit() takes body= or field keywords, not both")

        from .create_bulk_edit import asyncio

        return await asyncio(
            client=self._client,
            body=body,
            x_tz_offset=x_tz_offset,
        )

    async def get_bulk_edit(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> BulkEdit:
        """Get a bulk edit

         Returns one bulk edit action and its progress.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_bulk_edit.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            BulkEdit
        """

        from .get_bulk_edit import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )
