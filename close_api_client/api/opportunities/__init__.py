"""The ``opportunities`` operations: one module each, and ``OpportunitiesResource`` (``close.opportunities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.custom_field_values import CustomFieldValues
    from ...models.empty import Empty
    from ...models.opportunity import Opportunity
    from ...models.opportunity_attachment import OpportunityAttachment
    from ...models.opportunity_attachment_in import OpportunityAttachmentIn
    from ...models.opportunity_create import OpportunityCreate
    from ...models.opportunity_create_custom_fields_type_0 import OpportunityCreateCustomFieldsType0
    from ...models.opportunity_list import OpportunityList
    from ...models.opportunity_status_type import OpportunityStatusType
    from ...models.opportunity_update import OpportunityUpdate
    from ...models.opportunity_value_period import OpportunityValuePeriod


class OpportunitiesResource:
    """The ``opportunities`` operations as methods: ``close.opportunities.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``opportunities.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        lead_id: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        user_id_in: str | Unset = UNSET,
        status_id: str | Unset = UNSET,
        status_id_in: str | Unset = UNSET,
        status_label: str | Unset = UNSET,
        status_label_in: str | Unset = UNSET,
        status_type: OpportunityStatusType | Unset = UNSET,
        status_type_in: str | Unset = UNSET,
        value_period: OpportunityValuePeriod | Unset = UNSET,
        value_period_in: str | Unset = UNSET,
        date_created_gt: datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.datetime | Unset = UNSET,
        date_updated_gt: datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.datetime | Unset = UNSET,
        date_updated_lt: datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.datetime | Unset = UNSET,
        date_won_gt: datetime.date | Unset = UNSET,
        date_won_gte: datetime.date | Unset = UNSET,
        date_won_lt: datetime.date | Unset = UNSET,
        date_won_lte: datetime.date | Unset = UNSET,
        query: str | Unset = UNSET,
        lead_saved_search_id: str | Unset = UNSET,
        lead_query: str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        status_in: str | Unset = UNSET,
        date_won: str | Unset = UNSET,
        date_created: str | Unset = UNSET,
        date_updated: str | Unset = UNSET,
        is_stalled: bool | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[Opportunity, OpportunityList]:
        """List or filter opportunities

         Lists opportunities with aggregates over all matches (`total_results`, counts and value
        sums per value period), regardless of paging. `query` filters on opportunity properties
        only; `_group_by` turns `data` into groups (`key`, `objects`, per-group aggregates),
        paging still counting opportunities. Date filters and relative dates follow `x-tz-offset`.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            lead_id (str | Unset): Only objects belonging to this lead.
            user_id (str | Unset): Only objects belonging to this user.
            user_id_in (str | Unset): Only opportunities of any of these users (comma-separated ids).
            status_id (str | Unset): Only opportunities in this status.
            status_id_in (str | Unset): Only opportunities in any of these statuses (comma-separated
                ids).
            status_label (str | Unset): Only opportunities whose status has this label.
            status_label_in (str | Unset): Only opportunities whose status has any of these labels
                (comma-separated).
            status_type (OpportunityStatusType | Unset): The kind of an opportunity status.
            status_type_in (str | Unset): Only opportunities whose status is of any of these types,
                e.g. `active,won`.
            value_period (OpportunityValuePeriod | Unset): How often an opportunity's value recurs.
            value_period_in (str | Unset): Only opportunities with any of these value periods, e.g.
                `monthly,annual`.
            date_created_gt (datetime.datetime | Unset): Only objects created after this time.
            date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
            date_created_lt (datetime.datetime | Unset): Only objects created before this time.
            date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
            date_updated_gt (datetime.datetime | Unset): Only objects updated after this time.
            date_updated_gte (datetime.datetime | Unset): Only objects updated at or after this time.
            date_updated_lt (datetime.datetime | Unset): Only objects updated before this time.
            date_updated_lte (datetime.datetime | Unset): Only objects updated at or before this time.
            date_won_gt (datetime.date | Unset): Only opportunities won after this date.
            date_won_gte (datetime.date | Unset): Only opportunities won on or after this date.
            date_won_lt (datetime.date | Unset): Only opportunities won before this date.
            date_won_lte (datetime.date | Unset): Only opportunities won on or before this date.
            query (str | Unset): A search query in Close's search syntax (as in the app's search box).
            lead_saved_search_id (str | Unset): Only opportunities of leads matching this Smart View
                (saved search id).
            lead_query (str | Unset): Only opportunities of leads matching this lead search query; use
                `lead_saved_search_id` instead.
            order_by (str | Unset): Sort order: `date_won`, `date_updated`, `date_created`,
                `confidence`, `user_name`,
                `value`, `annualized_value` or `annualized_expected_value`; a leading `-` sorts
                descending (`-date_won`). With `_group_by` it sorts within each group.
            group_by (str | Unset): Group the results by `user_id`, `date_won__week`,
                `date_won__month`,
                `date_won__quarter` or `date_won__year`; a leading `-` reverses the group order.
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            organization_id (str | Unset): Only opportunities of this organization.
            status (str | Unset): Only opportunities whose status has this label.
            status_in (str | Unset): Only opportunities whose status has any of these labels (comma-
                separated).
            date_won (str | Unset): Only opportunities won on this date (`YYYY-MM-DD`).
            date_created (str | Unset): Only opportunities created at this time.
            date_updated (str | Unset): Only opportunities last updated at this time.
            is_stalled (bool | Unset): Only stalled (`true`) or not stalled (`false`) opportunities.
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_opportunities.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[Opportunity, OpportunityList]
        """

        from custom._listing import Listing

        from . import list_opportunities

        return Listing(
            list_opportunities,
            paging,
            client=self._client,
            lead_id=lead_id,
            user_id=user_id,
            user_id_in=user_id_in,
            status_id=status_id,
            status_id_in=status_id_in,
            status_label=status_label,
            status_label_in=status_label_in,
            status_type=status_type,
            status_type_in=status_type_in,
            value_period=value_period,
            value_period_in=value_period_in,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            date_updated_gt=date_updated_gt,
            date_updated_gte=date_updated_gte,
            date_updated_lt=date_updated_lt,
            date_updated_lte=date_updated_lte,
            date_won_gt=date_won_gt,
            date_won_gte=date_won_gte,
            date_won_lt=date_won_lt,
            date_won_lte=date_won_lte,
            query=query,
            lead_saved_search_id=lead_saved_search_id,
            lead_query=lead_query,
            order_by=order_by,
            group_by=group_by,
            skip=skip,
            limit=limit,
            fields=fields,
            organization_id=organization_id,
            status=status,
            status_in=status_in,
            date_won=date_won,
            date_created=date_created,
            date_updated=date_updated,
            is_stalled=is_stalled,
            x_tz_offset=x_tz_offset,
        )

    @overload
    async def create(
        self,
        *,
        lead_id: str,
        status_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        note: str | Unset = UNSET,
        confidence: int | Unset = UNSET,
        value: int | Unset = UNSET,
        value_period: OpportunityValuePeriod | Unset = UNSET,
        contact_id: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        date_won: datetime.date | None | Unset = UNSET,
        attachments: list[OpportunityAttachmentIn] | None | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        custom_fields: None | OpportunityCreateCustomFieldsType0 | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        pipeline_id: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> Opportunity: ...

    @overload
    async def create(
        self,
        *,
        body: OpportunityCreate,
        x_tz_offset: str | Unset = UNSET,
    ) -> Opportunity: ...

    async def create(
        self,
        *,
        lead_id: str | Unset = UNSET,
        status_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        note: str | Unset = UNSET,
        confidence: int | Unset = UNSET,
        value: int | Unset = UNSET,
        value_period: OpportunityValuePeriod | Unset = UNSET,
        contact_id: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        date_won: datetime.date | None | Unset = UNSET,
        attachments: list[OpportunityAttachmentIn] | None | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        custom_fields: None | OpportunityCreateCustomFieldsType0 | Unset = UNSET,
        date_created: datetime.datetime | None | Unset = UNSET,
        pipeline_id: None | str | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: OpportunityCreate | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> Opportunity:
        """Create an opportunity

         Creates an opportunity on a lead. Without `status_id` the organization's first
        opportunity status is used; custom field values go in `custom.<field id>` keys. A won
        status without `date_won` sets it to today in the `x-tz-offset` time zone.

        Args:
            lead_id (str):
            status_id (str | Unset):
            status (str | Unset): A status label; prefer `status_id`.
            note (str | Unset):
            confidence (int | Unset): Likelihood of winning, in percent (0-100).
            value (int | Unset): The value in cents.
            value_period (OpportunityValuePeriod | Unset): How often an opportunity's value recurs.
            contact_id (None | str | Unset):
            user_id (None | str | Unset):
            date_won (datetime.date | None | Unset): Defaults to today (in the `x-tz-offset` time
                zone) when the status is of type `won`.
            attachments (list[OpportunityAttachmentIn] | None | Unset):
            created_by (None | str | Unset):
            custom_fields (None | OpportunityCreateCustomFieldsType0 | Unset):
            date_created (datetime.datetime | None | Unset):
            pipeline_id (None | str | Unset): Specify which pipeline this opportunity should belong
                to. When supplied without `status_id`, the opportunity will be created with the first
                available status of that pipeline. When supplied with `status_id`, the status must belong
                to the specified pipeline or a 400 error will be returned. If the pipeline does not exist,
                a 400 error will be returned. See the [Pipelines
                API](https://developer.close.com/api/resources/pipelines).
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (OpportunityCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `create_opportunity.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Opportunity
        """

        if isinstance(body, Unset):
            if isinstance(lead_id, Unset):
                raise TypeError("create() needs lead_id= (or body=)")
            from ...models.opportunity_create import OpportunityCreate

            body = OpportunityCreate(
                lead_id=lead_id,
                status_id=status_id,
                status=status,
                note=note,
                confidence=confidence,
                value=value,
                value_period=value_period,
                contact_id=contact_id,
                user_id=user_id,
                date_won=date_won,
                attachments=attachments,
                created_by=created_by,
                custom_fields=custom_fields,
                date_created=date_created,
                pipeline_id=pipeline_id,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                lead_id,
                status_id,
                status,
                note,
                confidence,
                value,
                value_period,
                contact_id,
                user_id,
                date_won,
                attachments,
                created_by,
                custom_fields,
                date_created,
                pipeline_id,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_opportunity import asyncio

        return await asyncio(
            client=self._client,
            body=body,
            x_tz_offset=x_tz_offset,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Opportunity:
        """Get an opportunity

         Returns one opportunity with its status, value figures and custom field values.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_opportunity.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Opportunity
        """

        from .get_opportunity import asyncio

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
        status_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        note: str | Unset = UNSET,
        confidence: int | Unset = UNSET,
        value: int | Unset = UNSET,
        value_period: OpportunityValuePeriod | Unset = UNSET,
        contact_id: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        date_won: datetime.date | None | Unset = UNSET,
        attachments: list[OpportunityAttachment] | Unset = UNSET,
        custom_fields: CustomFieldValues | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> Opportunity: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: OpportunityUpdate,
        x_tz_offset: str | Unset = UNSET,
    ) -> Opportunity: ...

    async def update(
        self,
        id: str,
        *,
        status_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        note: str | Unset = UNSET,
        confidence: int | Unset = UNSET,
        value: int | Unset = UNSET,
        value_period: OpportunityValuePeriod | Unset = UNSET,
        contact_id: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        date_won: datetime.date | None | Unset = UNSET,
        attachments: list[OpportunityAttachment] | Unset = UNSET,
        custom_fields: CustomFieldValues | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: OpportunityUpdate | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> Opportunity:
        """Update an opportunity

         Changes only the fields sent. Moving to a won status without `date_won` sets it to
        today in the `x-tz-offset` time zone (moving back does not clear it).
        `custom.<field id>: null` unsets a custom field; `.add` / `.remove` suffixes change one
        value of a multi-value field.

        Args:
            id (str): The object's id.
            status_id (str | Unset): Moving to a `won` status sets `date_won` to today unless it is
                set or given.
            status (str | Unset): A status label; prefer `status_id`.
            note (str | Unset):
            confidence (int | Unset):
            value (int | Unset): The value in cents.
            value_period (OpportunityValuePeriod | Unset): How often an opportunity's value recurs.
            contact_id (None | str | Unset):
            user_id (None | str | Unset):
            date_won (datetime.date | None | Unset):
            attachments (list[OpportunityAttachment] | Unset):
            custom_fields (CustomFieldValues | Unset): Custom field values keyed by custom field id.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (OpportunityUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `update_opportunity.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Opportunity
        """

        if isinstance(body, Unset):
            from ...models.opportunity_update import OpportunityUpdate

            body = OpportunityUpdate(
                status_id=status_id,
                status=status,
                note=note,
                confidence=confidence,
                value=value,
                value_period=value_period,
                contact_id=contact_id,
                user_id=user_id,
                date_won=date_won,
                attachments=attachments,
                custom_fields=custom_fields,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                status_id,
                status,
                note,
                confidence,
                value,
                value_period,
                contact_id,
                user_id,
                date_won,
                attachments,
                custom_fields,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_opportunity import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
            x_tz_offset=x_tz_offset,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete an opportunity

         Deletes an opportunity.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_opportunity.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_opportunity import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
