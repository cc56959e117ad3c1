"""The ``reports`` operations: one module each, and ``ReportsResource`` (``close.reports``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ...client import AuthenticatedClient, Client
    from ...models.activity_report import ActivityReport
    from ...models.activity_report_metrics import ActivityReportMetrics
    from ...models.activity_report_request import ActivityReportRequest
    from ...models.activity_report_type import ActivityReportType
    from ...models.custom_report import CustomReport
    from ...models.custom_report_interval import CustomReportInterval
    from ...models.custom_report_transform_y import CustomReportTransformY
    from ...models.funnel_compared_range import FunnelComparedRange
    from ...models.funnel_report_request import FunnelReportRequest
    from ...models.funnel_report_type import FunnelReportType
    from ...models.funnel_stages_report import FunnelStagesReport
    from ...models.funnel_totals_report import FunnelTotalsReport
    from ...models.lead_status_report import LeadStatusReport
    from ...models.opportunity_status_report import OpportunityStatusReport
    from ...models.organization_activity_report import OrganizationActivityReport
    from ...models.report_datetime_range import ReportDatetimeRange
    from ...models.report_query import ReportQuery
    from ...models.report_relative_range import ReportRelativeRange
    from ...models.sent_emails_report import SentEmailsReport


class ReportsResource:
    """The ``reports`` operations as methods: ``close.reports.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``reports.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @overload
    async def get_activity_report(
        self,
        *,
        type_: ActivityReportType,
        metrics: list[str],
        datetime_range: ReportDatetimeRange | Unset = UNSET,
        relative_range: ReportRelativeRange | Unset = UNSET,
        query: ReportQuery | Unset = UNSET,
        users: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> ActivityReport: ...

    @overload
    async def get_activity_report(
        self,
        *,
        body: ActivityReportRequest,
        x_tz_offset: str | Unset = UNSET,
    ) -> ActivityReport: ...

    async def get_activity_report(
        self,
        *,
        type_: ActivityReportType | Unset = UNSET,
        metrics: list[str] | Unset = UNSET,
        datetime_range: ReportDatetimeRange | Unset = UNSET,
        relative_range: ReportRelativeRange | Unset = UNSET,
        query: ReportQuery | Unset = UNSET,
        users: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: ActivityReportRequest | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> ActivityReport:
        """Get an activity report

         Computes the given activity metrics (see `list_activity_report_metrics`) either per time period
        (`overview`) or per user (`comparison`), over an absolute or relative time range, optionally
        limited to users and a Smart View. Relative ranges follow `x-tz-offset`.

        Args:
            type_ (ActivityReportType): `overview`: one row per time period; `comparison`: one row per
                user.
            metrics (list[str]): Metric keys from `list_activity_report_metrics`, e.g.
                `calls.outbound.all.count`.
            datetime_range (ReportDatetimeRange | Unset): An absolute time range.
            relative_range (ReportRelativeRange | Unset): A time range relative to now, in the `x-tz-
                offset` time zone.
            query (ReportQuery | Unset): A filter for a report; for `type` `saved_search`, the leads
                of the Smart View `saved_search_id`.
            users (list[str] | Unset): Only these users (all users when omitted).
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (ActivityReportRequest | Unset): The whole request body instead of the keyword
                arguments above (not both).
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `get_activity_report.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            ActivityReport
        """

        if isinstance(body, Unset):
            if isinstance(type_, Unset):
                raise TypeError("get_activity_report() needs type_= (or body=)")
            if isinstance(metrics, Unset):
                raise TypeError("get_activity_report() needs metrics= (or body=)")
            from ...models.activity_report_request import ActivityReportRequest

            body = ActivityReportRequest(
                type_=type_,
                metrics=metrics,
                datetime_range=datetime_range,
                relative_range=relative_range,
                query=query,
                users=users,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                type_,
                metrics,
                datetime_range,
                relative_range,
                query,
                users,
                custom,
            )
        ):
            raise TypeError("get_activity_report() takes body= or field keywords, not both")

        from .get_activity_report import asyncio

        return await asyncio(
            client=self._client,
            body=body,
            x_tz_offset=x_tz_offset,
        )

    async def list_activity_report_metrics(
        self,
        *,
        x_tz_offset: str | Unset = UNSET,
    ) -> ActivityReportMetrics:
        """List the activity report metrics

         Returns every predefined metric (key, name, description) that the activity report accepts.

        Args:
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `list_activity_report_metrics.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            ActivityReportMetrics
        """

        from .list_activity_report_metrics import asyncio

        return await asyncio(
            client=self._client,
            x_tz_offset=x_tz_offset,
        )

    async def get_organization_activity_report(
        self,
        org_id: str,
        *,
        user_id: str | Unset = UNSET,
        date_start: datetime.date | Unset = UNSET,
        date_end: datetime.date | Unset = UNSET,
        query: str | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> OrganizationActivityReport:
        """Get an organization's activity report (deprecated)

         The older, fixed-metric activity report: call, email, lead and opportunity counts and revenue
        for a date range. Deprecated since November 2019 in favour of `get_activity_report`.

        Args:
            org_id (str): The organization's id (`orga_...`).
            user_id (str | Unset): Only objects belonging to this user.
            date_start (datetime.date | Unset): Start of the report period (a date, interpreted in the
                `x-tz-offset` time zone).
            date_end (datetime.date | Unset): End of the report period (a date, interpreted in the
                `x-tz-offset` time zone).
            query (str | Unset): A search query in Close's search syntax (as in the app's search box).
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `get_organization_activity_report.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            OrganizationActivityReport
        """

        from .get_organization_activity_report import asyncio

        return await asyncio(
            org_id,
            client=self._client,
            user_id=user_id,
            date_start=date_start,
            date_end=date_end,
            query=query,
            x_tz_offset=x_tz_offset,
        )

    async def get_custom_report(
        self,
        org_id: str,
        *,
        x: str,
        y: str | Unset = UNSET,
        interval: CustomReportInterval | int | Unset = UNSET,
        transform_y: CustomReportTransformY | Unset = UNSET,
        group_by: str | Unset = UNSET,
        start: datetime.date | int | Unset = UNSET,
        end: datetime.date | int | Unset = UNSET,
        query: str | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> CustomReport:
        """Get a custom (Explorer) report

         Graph data for any metric of leads, activities or opportunities, as in the Explorer: `y` (a
        count or numeric field, aggregated by `transform_y`) against `x` (a date or numeric field) in
        `interval` steps, optionally one series per `group_by` value. Dates follow `x-tz-offset`.

        Args:
            org_id (str): The organization's id (`orga_...`).
            x (str): The field on the X axis, `<object type>.<field>`, e.g. `opportunity.date_created`
                or `lead.custom.MRR`.
            y (str | Unset): The value on the Y axis: `<object type>.count` or a numeric field such as
                `call.duration` (default `lead.count`).
            interval (CustomReportInterval | int | Unset): The X axis precision. For date axes a unit
                (default `auto`, derived from `start` and `end`); for numeric axes the histogram bucket
                size as an integer.
            transform_y (CustomReportTransformY | Unset): The aggregation applied to `y`.
            group_by (str | Unset): A field to split the report by; one series per value. No grouping
                by default.
            start (datetime.date | int | Unset): Start of the X axis range, a date or a number
                (default for dates is the organization's creation date).
            end (datetime.date | int | Unset): End of the X axis range, a date or a number (default
                for dates is now).
            query (str | Unset): A search filter (default `*`, everything). Lead reports take any lead
                search; for activities or
                opportunities only properties of that object type, e.g. `direction:incoming` when `x`
                starts
                with `email.`.
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `get_custom_report.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            CustomReport
        """

        from .get_custom_report import asyncio

        return await asyncio(
            org_id,
            client=self._client,
            x=x,
            y=y,
            interval=interval,
            transform_y=transform_y,
            group_by=group_by,
            start=start,
            end=end,
            query=query,
            x_tz_offset=x_tz_offset,
        )

    @overload
    async def get_funnel_stages_report(
        self,
        *,
        pipeline: str | Unset = UNSET,
        type_: FunnelReportType | Unset = UNSET,
        report_relative_range: ReportRelativeRange | Unset = UNSET,
        report_datetime_range: ReportDatetimeRange | Unset = UNSET,
        cohort_relative_range: ReportRelativeRange | Unset = UNSET,
        cohort_datetime_range: ReportDatetimeRange | Unset = UNSET,
        compared_relative_range: ReportRelativeRange | Unset = UNSET,
        compared_datetime_range: FunnelComparedRange | Unset = UNSET,
        compared_custom_range: ReportDatetimeRange | Unset = UNSET,
        query: ReportQuery | Unset = UNSET,
        users: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> FunnelStagesReport: ...

    @overload
    async def get_funnel_stages_report(
        self,
        *,
        body: FunnelReportRequest,
        x_tz_offset: str | Unset = UNSET,
    ) -> FunnelStagesReport: ...

    async def get_funnel_stages_report(
        self,
        *,
        pipeline: str | Unset = UNSET,
        type_: FunnelReportType | Unset = UNSET,
        report_relative_range: ReportRelativeRange | Unset = UNSET,
        report_datetime_range: ReportDatetimeRange | Unset = UNSET,
        cohort_relative_range: ReportRelativeRange | Unset = UNSET,
        cohort_datetime_range: ReportDatetimeRange | Unset = UNSET,
        compared_relative_range: ReportRelativeRange | Unset = UNSET,
        compared_datetime_range: FunnelComparedRange | Unset = UNSET,
        compared_custom_range: ReportDatetimeRange | Unset = UNSET,
        query: ReportQuery | Unset = UNSET,
        users: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: FunnelReportRequest | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> FunnelStagesReport:
        """Get an opportunity funnel report (stages)

         Per-stage funnel metrics (counts, values, conversion and loss ratios, time to advance) of a
        pipeline, in total and per user. With a `compared_*` range the comparison period is returned
        instead of the base one.

        Args:
            pipeline (str | Unset): The pipeline (`pipe_...`) whose statuses make up the funnel.
            type_ (FunnelReportType | Unset): `created-cohort`: opportunities created in the cohort
                range; `active-stage-cohort`: opportunities active in the report range.
            report_relative_range (ReportRelativeRange | Unset): A time range relative to now, in the
                `x-tz-offset` time zone.
            report_datetime_range (ReportDatetimeRange | Unset): An absolute time range.
            cohort_relative_range (ReportRelativeRange | Unset): A time range relative to now, in the
                `x-tz-offset` time zone.
            cohort_datetime_range (ReportDatetimeRange | Unset): An absolute time range.
            compared_relative_range (ReportRelativeRange | Unset): A time range relative to now, in
                the `x-tz-offset` time zone.
            compared_datetime_range (FunnelComparedRange | Unset): A comparison period relative to an
                absolute range.
            compared_custom_range (ReportDatetimeRange | Unset): An absolute time range.
            query (ReportQuery | Unset): A filter for a report; for `type` `saved_search`, the leads
                of the Smart View `saved_search_id`.
            users (list[str] | Unset): User or group ids; all available users when empty.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (FunnelReportRequest | Unset): The whole request body instead of the keyword
                arguments above (not both).
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `get_funnel_stages_report.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            FunnelStagesReport
        """

        if isinstance(body, Unset):
            from ...models.funnel_report_request import FunnelReportRequest

            body = FunnelReportRequest(
                pipeline=pipeline,
                type_=type_,
                report_relative_range=report_relative_range,
                report_datetime_range=report_datetime_range,
                cohort_relative_range=cohort_relative_range,
                cohort_datetime_range=cohort_datetime_range,
                compared_relative_range=compared_relative_range,
                compared_datetime_range=compared_datetime_range,
                compared_custom_range=compared_custom_range,
                query=query,
                users=users,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                pipeline,
                type_,
                report_relative_range,
                report_datetime_range,
                cohort_relative_range,
                cohort_datetime_range,
                compared_relative_range,
                compared_datetime_range,
                compared_custom_range,
                query,
                users,
                custom,
            )
        ):
            raise TypeError("get_funnel_stages_report() takes body= or field keywords, not both")

        from .get_funnel_stages_report import asyncio

        return await asyncio(
            client=self._client,
            body=body,
            x_tz_offset=x_tz_offset,
        )

    @overload
    async def get_funnel_totals_report(
        self,
        *,
        pipeline: str | Unset = UNSET,
        type_: FunnelReportType | Unset = UNSET,
        report_relative_range: ReportRelativeRange | Unset = UNSET,
        report_datetime_range: ReportDatetimeRange | Unset = UNSET,
        cohort_relative_range: ReportRelativeRange | Unset = UNSET,
        cohort_datetime_range: ReportDatetimeRange | Unset = UNSET,
        compared_relative_range: ReportRelativeRange | Unset = UNSET,
        compared_datetime_range: FunnelComparedRange | Unset = UNSET,
        compared_custom_range: ReportDatetimeRange | Unset = UNSET,
        query: ReportQuery | Unset = UNSET,
        users: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> FunnelTotalsReport: ...

    @overload
    async def get_funnel_totals_report(
        self,
        *,
        body: FunnelReportRequest,
        x_tz_offset: str | Unset = UNSET,
    ) -> FunnelTotalsReport: ...

    async def get_funnel_totals_report(
        self,
        *,
        pipeline: str | Unset = UNSET,
        type_: FunnelReportType | Unset = UNSET,
        report_relative_range: ReportRelativeRange | Unset = UNSET,
        report_datetime_range: ReportDatetimeRange | Unset = UNSET,
        cohort_relative_range: ReportRelativeRange | Unset = UNSET,
        cohort_datetime_range: ReportDatetimeRange | Unset = UNSET,
        compared_relative_range: ReportRelativeRange | Unset = UNSET,
        compared_datetime_range: FunnelComparedRange | Unset = UNSET,
        compared_custom_range: ReportDatetimeRange | Unset = UNSET,
        query: ReportQuery | Unset = UNSET,
        users: list[str] | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: FunnelReportRequest | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> FunnelTotalsReport:
        """Get an opportunity funnel report (totals)

         Whole-funnel totals of a pipeline (won and completed counts and values, win rates, time to win,
        sales velocity), in total and per user. Takes the same body as the stages report.

        Args:
            pipeline (str | Unset): The pipeline (`pipe_...`) whose statuses make up the funnel.
            type_ (FunnelReportType | Unset): `created-cohort`: opportunities created in the cohort
                range; `active-stage-cohort`: opportunities active in the report range.
            report_relative_range (ReportRelativeRange | Unset): A time range relative to now, in the
                `x-tz-offset` time zone.
            report_datetime_range (ReportDatetimeRange | Unset): An absolute time range.
            cohort_relative_range (ReportRelativeRange | Unset): A time range relative to now, in the
                `x-tz-offset` time zone.
            cohort_datetime_range (ReportDatetimeRange | Unset): An absolute time range.
            compared_relative_range (ReportRelativeRange | Unset): A time range relative to now, in
                the `x-tz-offset` time zone.
            compared_datetime_range (FunnelComparedRange | Unset): A comparison period relative to an
                absolute range.
            compared_custom_range (ReportDatetimeRange | Unset): An absolute time range.
            query (ReportQuery | Unset): A filter for a report; for `type` `saved_search`, the leads
                of the Smart View `saved_search_id`.
            users (list[str] | Unset): User or group ids; all available users when empty.
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (FunnelReportRequest | Unset): The whole request body instead of the keyword
                arguments above (not both).
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `get_funnel_totals_report.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            FunnelTotalsReport
        """

        if isinstance(body, Unset):
            from ...models.funnel_report_request import FunnelReportRequest

            body = FunnelReportRequest(
                pipeline=pipeline,
                type_=type_,
                report_relative_range=report_relative_range,
                report_datetime_range=report_datetime_range,
                cohort_relative_range=cohort_relative_range,
                cohort_datetime_range=cohort_datetime_range,
                compared_relative_range=compared_relative_range,
                compared_datetime_range=compared_datetime_range,
                compared_custom_range=compared_custom_range,
                query=query,
                users=users,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                pipeline,
                type_,
                report_relative_range,
                report_datetime_range,
                cohort_relative_range,
                cohort_datetime_range,
                compared_relative_range,
                compared_datetime_range,
                compared_custom_range,
                query,
                users,
                custom,
            )
        ):
            raise TypeError("get_funnel_totals_report() takes body= or field keywords, not both")

        from .get_funnel_totals_report import asyncio

        return await asyncio(
            client=self._client,
            body=body,
            x_tz_offset=x_tz_offset,
        )

    async def get_sent_emails_report(
        self,
        org_id: str,
        *,
        user_id: str | Unset = UNSET,
        date_start: datetime.date | Unset = UNSET,
        date_end: datetime.date | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> SentEmailsReport:
        """Get the sent emails report

         Sent, opened and replied-to email counts grouped by email template (plus an "All Emails" row),
        optionally for one user and a date range.

        Args:
            org_id (str): The organization's id (`orga_...`).
            user_id (str | Unset): Only objects belonging to this user.
            date_start (datetime.date | Unset): Start of the report period (a date, interpreted in the
                `x-tz-offset` time zone).
            date_end (datetime.date | Unset): End of the report period (a date, interpreted in the
                `x-tz-offset` time zone).
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `get_sent_emails_report.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            SentEmailsReport
        """

        from .get_sent_emails_report import asyncio

        return await asyncio(
            org_id,
            client=self._client,
            user_id=user_id,
            date_start=date_start,
            date_end=date_end,
            x_tz_offset=x_tz_offset,
        )

    async def get_lead_status_report(
        self,
        org_id: str,
        *,
        date_start: datetime.date | Unset = UNSET,
        date_end: datetime.date | Unset = UNSET,
        query: str | Unset = UNSET,
        smart_view_id: str | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> LeadStatusReport:
        """Get the lead status change report

         How many leads were in, entered, left, gained or lost each lead status over a period (or
        overall without dates), and the transitions between statuses. Filter leads with `query` or
        `smart_view_id`, not both.

        Args:
            org_id (str): The organization's id (`orga_...`).
            date_start (datetime.date | Unset): Start of the report period (a date, interpreted in the
                `x-tz-offset` time zone).
            date_end (datetime.date | Unset): End of the report period (a date, interpreted in the
                `x-tz-offset` time zone).
            query (str | Unset): A search query in Close's search syntax (as in the app's search box).
            smart_view_id (str | Unset): Only objects in this Smart View (`save_...`); not together
                with `query`.
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `get_lead_status_report.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            LeadStatusReport
        """

        from .get_lead_status_report import asyncio

        return await asyncio(
            org_id,
            client=self._client,
            date_start=date_start,
            date_end=date_end,
            query=query,
            smart_view_id=smart_view_id,
            x_tz_offset=x_tz_offset,
        )

    async def get_opportunity_status_report(
        self,
        org_id: str,
        *,
        user_id: str | Unset = UNSET,
        date_start: datetime.date | Unset = UNSET,
        date_end: datetime.date | Unset = UNSET,
        query: str | Unset = UNSET,
        smart_view_id: str | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> OpportunityStatusReport:
        """Get the opportunity status change report

         The lead status report for opportunities: numbers count opportunities, `user_id` limits it to
        one opportunity user, queries are wrapped in `opportunity(...)`, and paths to the opportunities
        page are added. Filter with `query` or `smart_view_id`, not both.

        Args:
            org_id (str): The organization's id (`orga_...`).
            user_id (str | Unset): Only objects belonging to this user.
            date_start (datetime.date | Unset): Start of the report period (a date, interpreted in the
                `x-tz-offset` time zone).
            date_end (datetime.date | Unset): End of the report period (a date, interpreted in the
                `x-tz-offset` time zone).
            query (str | Unset): A search query in Close's search syntax (as in the app's search box).
            smart_view_id (str | Unset): Only objects in this Smart View (`save_...`); not together
                with `query`.
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `get_opportunity_status_report.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            OpportunityStatusReport
        """

        from .get_opportunity_status_report import asyncio

        return await asyncio(
            org_id,
            client=self._client,
            user_id=user_id,
            date_start=date_start,
            date_end=date_end,
            query=query,
            smart_view_id=smart_view_id,
            x_tz_offset=x_tz_offset,
        )
