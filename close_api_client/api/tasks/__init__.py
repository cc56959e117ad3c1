"""The ``tasks`` operations: one module each, and ``TasksResource`` (``close.tasks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.task import Task
    from ...models.task_bulk_update import TaskBulkUpdate
    from ...models.task_bulk_update_result import TaskBulkUpdateResult
    from ...models.task_create import TaskCreate
    from ...models.task_list import TaskList
    from ...models.task_priority import TaskPriority
    from ...models.task_resolution import TaskResolution
    from ...models.task_type import TaskType
    from ...models.task_update import TaskUpdate
    from ...models.task_view import TaskView


class TasksResource:
    """The ``tasks`` operations as methods: ``close.tasks.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``tasks.<operation>.asyncio(..., client=client)``.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _list(
        self,
        *,
        id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        type_in: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        membership_id: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        is_complete: bool | Unset = UNSET,
        view: TaskView | Unset = UNSET,
        date_gt: str | Unset = UNSET,
        date_gte: str | Unset = UNSET,
        date_lt: str | Unset = UNSET,
        date_lte: str | Unset = UNSET,
        date_created_gt: datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.datetime | Unset = UNSET,
        order_by: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        date: str | Unset = UNSET,
        due_date: str | Unset = UNSET,
        due_date_lt: str | Unset = UNSET,
        due_date_lte: str | Unset = UNSET,
        due_date_gt: str | Unset = UNSET,
        due_date_gte: str | Unset = UNSET,
        date_updated_lt: datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.datetime | Unset = UNSET,
        date_updated_gt: datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.datetime | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[Task, TaskList]:
        """List or filter tasks

         Lists tasks. Without `_type` only `lead` tasks are returned (`_type=all` for every type).
        `view` selects the inbox (incomplete, up to the end of the user's day), future or
        archive (complete) view; day boundaries and date ordering follow `x-tz-offset`.

        Paginates by offset (`_skip`/`_limit`): iterate the result for every item
        (`paging=Paging(...)`: page size, item cap, prefetch), `.pages()` for whole pages, or await
        it for one page.

        Args:
            id (str | Unset): Only the task with this id.
            id_in (str | Unset): Only tasks with any of these ids (comma-separated).
            type_ (str | Unset): Only tasks of this type (see `TaskType`), or `all` for every type.
                Without it only
                `lead` tasks are returned.
            type_in (str | Unset): Only tasks of any of these types (comma-separated), e.g.
                `missed_call,voicemail`.
            lead_id (str | Unset): Only objects belonging to this lead.
            membership_id (str | Unset): Only tasks of this membership (a user in this organization).
            assigned_to (str | Unset): Only tasks assigned to this user.
            is_complete (bool | Unset): Only complete (`true`) or incomplete (`false`) tasks.
            view (TaskView | Unset): A task view: `inbox`, `future` or `archive`.
            date_gt (str | Unset): Only tasks dated after this date or date-time.
            date_gte (str | Unset): Only tasks dated at or after this date or date-time.
            date_lt (str | Unset): Only tasks dated before this date or date-time.
            date_lte (str | Unset): Only tasks dated at or before this date or date-time.
            date_created_gt (datetime.datetime | Unset): Only objects created after this time.
            date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
            date_created_lt (datetime.datetime | Unset): Only objects created before this time.
            date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
            order_by (str | Unset): Sort by `date` or `date_created`; a leading `-` sorts descending
                (`-date`).
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            format_ (str | Unset): Response format of the task list (e.g. `inbox`); values not
                documented.
            organization_id (str | Unset): Only tasks of this organization.
            date (str | Unset): Only tasks due on this date (`YYYY-MM-DD`).
            due_date (str | Unset): Only tasks due on this date (`YYYY-MM-DD`).
            due_date_lt (str | Unset): Only tasks due before this date.
            due_date_lte (str | Unset): Only tasks due on or before this date.
            due_date_gt (str | Unset): Only tasks due after this date.
            due_date_gte (str | Unset): Only tasks due on or after this date.
            date_updated_lt (datetime.datetime | Unset): Only objects updated before this time.
            date_updated_lte (datetime.datetime | Unset): Only objects updated at or before this time.
            date_updated_gt (datetime.datetime | Unset): Only objects updated after this time.
            date_updated_gte (datetime.datetime | Unset): Only objects updated at or after this time.
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_tasks.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[Task, TaskList]
        """

        from custom._listing import Listing

        from . import list_tasks

        return Listing(
            list_tasks,
            paging,
            client=self._client,
            id=id,
            id_in=id_in,
            type_=type_,
            type_in=type_in,
            lead_id=lead_id,
            membership_id=membership_id,
            assigned_to=assigned_to,
            is_complete=is_complete,
            view=view,
            date_gt=date_gt,
            date_gte=date_gte,
            date_lt=date_lt,
            date_lte=date_lte,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            order_by=order_by,
            skip=skip,
            limit=limit,
            fields=fields,
            format_=format_,
            organization_id=organization_id,
            date=date,
            due_date=due_date,
            due_date_lt=due_date_lt,
            due_date_lte=due_date_lte,
            due_date_gt=due_date_gt,
            due_date_gte=due_date_gte,
            date_updated_lt=date_updated_lt,
            date_updated_lte=date_updated_lte,
            date_updated_gt=date_updated_gt,
            date_updated_gte=date_updated_gte,
            x_tz_offset=x_tz_offset,
        )

    async def bulk_update_tasks(
        self,
        *,
        body: TaskBulkUpdate,
        id: str | Unset = UNSET,
        id_in: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        type_in: str | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        membership_id: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        is_complete: bool | Unset = UNSET,
        view: TaskView | Unset = UNSET,
        date_gt: str | Unset = UNSET,
        date_gte: str | Unset = UNSET,
        date_lt: str | Unset = UNSET,
        date_lte: str | Unset = UNSET,
        date_created_gt: datetime.datetime | Unset = UNSET,
        date_created_gte: datetime.datetime | Unset = UNSET,
        date_created_lt: datetime.datetime | Unset = UNSET,
        date_created_lte: datetime.datetime | Unset = UNSET,
        format_: str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        date: str | Unset = UNSET,
        due_date: str | Unset = UNSET,
        due_date_lt: str | Unset = UNSET,
        due_date_lte: str | Unset = UNSET,
        due_date_gt: str | Unset = UNSET,
        due_date_gte: str | Unset = UNSET,
        date_updated_lt: datetime.datetime | Unset = UNSET,
        date_updated_lte: datetime.datetime | Unset = UNSET,
        date_updated_gt: datetime.datetime | Unset = UNSET,
        date_updated_gte: datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        x_tz_offset: str | Unset = UNSET,
    ) -> TaskBulkUpdateResult:
        """Update many tasks at once

         Applies `assigned_to`, `date` and/or `is_complete` to every task matching the filters,
        which are those of the list operation, given as query parameters or in the body's
        `_params` (e.g. `{"id__in": "task_a,task_b"}`).

        Args:
            body: The request body.
            id (str | Unset): Only the task with this id.
            id_in (str | Unset): Only tasks with any of these ids (comma-separated).
            type_ (str | Unset): Only tasks of this type (see `TaskType`), or `all` for every type.
                Without it only
                `lead` tasks are returned.
            type_in (str | Unset): Only tasks of any of these types (comma-separated), e.g.
                `missed_call,voicemail`.
            lead_id (str | Unset): Only objects belonging to this lead.
            membership_id (str | Unset): Only tasks of this membership (a user in this organization).
            assigned_to (str | Unset): Only tasks assigned to this user.
            is_complete (bool | Unset): Only complete (`true`) or incomplete (`false`) tasks.
            view (TaskView | Unset): A task view: `inbox`, `future` or `archive`.
            date_gt (str | Unset): Only tasks dated after this date or date-time.
            date_gte (str | Unset): Only tasks dated at or after this date or date-time.
            date_lt (str | Unset): Only tasks dated before this date or date-time.
            date_lte (str | Unset): Only tasks dated at or before this date or date-time.
            date_created_gt (datetime.datetime | Unset): Only objects created after this time.
            date_created_gte (datetime.datetime | Unset): Only objects created at or after this time.
            date_created_lt (datetime.datetime | Unset): Only objects created before this time.
            date_created_lte (datetime.datetime | Unset): Only objects created at or before this time.
            format_ (str | Unset): Response format of the task list (e.g. `inbox`); values not
                documented.
            order_by (str | Unset): Field to sort by; prefix with `-` for descending order, e.g.
                `-date_created`.
            organization_id (str | Unset): Only tasks of this organization.
            date (str | Unset): Only tasks due on this date (`YYYY-MM-DD`).
            due_date (str | Unset): Only tasks due on this date (`YYYY-MM-DD`).
            due_date_lt (str | Unset): Only tasks due before this date.
            due_date_lte (str | Unset): Only tasks due on or before this date.
            due_date_gt (str | Unset): Only tasks due after this date.
            due_date_gte (str | Unset): Only tasks due on or after this date.
            date_updated_lt (datetime.datetime | Unset): Only objects updated before this time.
            date_updated_lte (datetime.datetime | Unset): Only objects updated at or before this time.
            date_updated_gt (datetime.datetime | Unset): Only objects updated after this time.
            date_updated_gte (datetime.datetime | Unset): Only objects updated at or after this time.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            x_tz_offset (str | Unset): The caller's UTC offset in decimal hours (`-4`, `-2.5`,
                `5.75`). Close uses it for
                relative dates in queries (`created:today`), date filters, reports and defaults such
                as an opportunity's `date_won`.

        Raises:
            custom.errors.APIError: As `bulk_update_tasks.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            TaskBulkUpdateResult
        """

        from .bulk_update_tasks import asyncio

        return await asyncio(
            client=self._client,
            body=body,
            id=id,
            id_in=id_in,
            type_=type_,
            type_in=type_in,
            lead_id=lead_id,
            membership_id=membership_id,
            assigned_to=assigned_to,
            is_complete=is_complete,
            view=view,
            date_gt=date_gt,
            date_gte=date_gte,
            date_lt=date_lt,
            date_lte=date_lte,
            date_created_gt=date_created_gt,
            date_created_gte=date_created_gte,
            date_created_lt=date_created_lt,
            date_created_lte=date_created_lte,
            format_=format_,
            order_by=order_by,
            organization_id=organization_id,
            date=date,
            due_date=due_date,
            due_date_lt=due_date_lt,
            due_date_lte=due_date_lte,
            due_date_gt=due_date_gt,
            due_date_gte=due_date_gte,
            date_updated_lt=date_updated_lt,
            date_updated_lte=date_updated_lte,
            date_updated_gt=date_updated_gt,
            date_updated_gte=date_updated_gte,
            fields=fields,
            x_tz_offset=x_tz_offset,
        )

    @overload
    async def create(
        self,
        *,
        lead_id: str,
        type_: TaskType | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        text: str | Unset = UNSET,
        date: str | Unset = UNSET,
        is_complete: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> Task: ...

    @overload
    async def create(
        self,
        *,
        body: TaskCreate,
        fields: str | Unset = UNSET,
    ) -> Task: ...

    async def create(
        self,
        *,
        lead_id: str | Unset = UNSET,
        type_: TaskType | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        text: str | Unset = UNSET,
        date: str | Unset = UNSET,
        is_complete: bool | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: TaskCreate | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> Task:
        """Create a task

         Creates a task on a lead. Only `lead` tasks can be created, so `_type` may be omitted.
        `date` is a date (`2015-01-05`) or a date-time.

        Args:
            lead_id (str):
            type_ (TaskType | Unset): The kind of a task. Only `lead` tasks are created through the
                API; the others come
                from emails, calls, SMS and opportunities (see `object_type` / `object_id`).
            assigned_to (str | Unset): The user to assign the task to.
            text (str | Unset):
            date (str | Unset): A date (`2015-01-05`) or a date-time.
            is_complete (bool | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (TaskCreate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `create_task.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Task
        """

        if isinstance(body, Unset):
            if isinstance(lead_id, Unset):
                raise TypeError("create() needs lead_id= (or body=)")
            from ...models.task_create import TaskCreate

            body = TaskCreate(
                lead_id=lead_id,
                type_=type_,
                assigned_to=assigned_to,
                text=text,
                date=date,
                is_complete=is_complete,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                lead_id,
                type_,
                assigned_to,
                text,
                date,
                is_complete,
                custom,
            )
        ):
            raise TypeError("create() takes body= or field keywords, not both")

        from .create_task import asyncio

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
    ) -> Task:
        """Get a task

         Returns one task; fields beyond the common ones depend on its `_type`.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_task.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Task
        """

        from .get_task import asyncio

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
        assigned_to: str | Unset = UNSET,
        date: str | Unset = UNSET,
        is_complete: bool | Unset = UNSET,
        text: str | Unset = UNSET,
        agent_config_id: None | str | Unset = UNSET,
        contact_id: None | str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        due_date: str | Unset = UNSET,
        is_dateless: bool | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        priority: TaskPriority | Unset = UNSET,
        resolution: None | TaskResolution | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> Task: ...

    @overload
    async def update(
        self,
        id: str,
        *,
        body: TaskUpdate,
        fields: str | Unset = UNSET,
    ) -> Task: ...

    async def update(
        self,
        id: str,
        *,
        assigned_to: str | Unset = UNSET,
        date: str | Unset = UNSET,
        is_complete: bool | Unset = UNSET,
        text: str | Unset = UNSET,
        agent_config_id: None | str | Unset = UNSET,
        contact_id: None | str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        due_date: str | Unset = UNSET,
        is_dateless: bool | Unset = UNSET,
        lead_id: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        priority: TaskPriority | Unset = UNSET,
        resolution: None | TaskResolution | Unset = UNSET,
        custom: Mapping[str, Any] | Unset = UNSET,
        body: TaskUpdate | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> Task:
        """Update a task

         Changes `assigned_to`, `date` (a date or a date-time) and `is_complete` on any task, and
        `text` on `lead` tasks.

        Args:
            id (str): The object's id.
            assigned_to (str | Unset):
            date (str | Unset): A date (`2015-01-05`) or a date-time.
            is_complete (bool | Unset):
            text (str | Unset):
            agent_config_id (None | str | Unset):
            contact_id (None | str | Unset):
            created_by (str | Unset):
            due_date (str | Unset): A date (`YYYY-MM-DD`) or a date-time, kept as sent.
            is_dateless (bool | Unset):
            lead_id (str | Unset):
            organization_id (str | Unset):
            priority (TaskPriority | Unset):
            resolution (None | TaskResolution | Unset):
            custom (Mapping[str, Any] | Unset): Custom field values by field id (`{"cf_...": value}`),
                sent as `custom.cf_...` keys.
            body (TaskUpdate | Unset): The whole request body instead of the keyword
                arguments above (not both).
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `update_task.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).
            TypeError: `body=` together with field keywords, or a required field missing.

        Returns:
            Task
        """

        if isinstance(body, Unset):
            from ...models.task_update import TaskUpdate

            body = TaskUpdate(
                assigned_to=assigned_to,
                date=date,
                is_complete=is_complete,
                text=text,
                agent_config_id=agent_config_id,
                contact_id=contact_id,
                created_by=created_by,
                due_date=due_date,
                is_dateless=is_dateless,
                lead_id=lead_id,
                organization_id=organization_id,
                priority=priority,
                resolution=resolution,
            )
            if not isinstance(custom, Unset):
                body.additional_properties.update(
                    {f"custom.{key}": value for key, value in custom.items()}
                )
        elif any(
            not isinstance(value, Unset)
            for value in (
                assigned_to,
                date,
                is_complete,
                text,
                agent_config_id,
                contact_id,
                created_by,
                due_date,
                is_dateless,
                lead_id,
                organization_id,
                priority,
                resolution,
                custom,
            )
        ):
            raise TypeError("update() takes body= or field keywords, not both")

        from .update_task import asyncio

        return await asyncio(
            id,
            client=self._client,
            body=body,
            fields=fields,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a task

         Deletes a task.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_task.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_task import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
