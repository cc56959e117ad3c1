"""The ``form_submissions`` operations: one module each, and ``FormSubmissionsResource`` (``close.form_submissions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from custom import Listing, Paging

    from ...client import AuthenticatedClient, Client
    from ...models.empty import Empty
    from ...models.form_submission_activity import FormSubmissionActivity
    from ...models.form_submission_activity_list import FormSubmissionActivityList


class FormSubmissionsResource:
    """The ``form_submissions`` operations as methods: ``close.form_submissions.<method>(...)``.

    Generated from openapi.yaml by ``templates/endpoint_init.py.jinja``, which states the naming
    rule. Each method calls the endpoint module's ``asyncio`` with this resource's client, so it
    behaves exactly like ``form_submissions.<operation>.asyncio(..., client=client)``.
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
        lead_id_in: str | Unset = UNSET,
        user_id_in: str | Unset = UNSET,
        contact_id_in: str | Unset = UNSET,
        type_in: str | Unset = UNSET,
        form_id: str | Unset = UNSET,
        form_id_in: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        paging: Paging | None = None,
    ) -> Listing[FormSubmissionActivity, FormSubmissionActivityList]:
        """List FormSubmission activities

         Lists FormSubmission activities, created automatically when someone submits a Close form (they
        cannot be created or changed through the API). Besides the standard activity filters, `form_id` /
        `form_id__in` select forms.

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
            lead_id_in (str | Unset): Only activities of these leads (comma-separated ids).
            user_id_in (str | Unset): Only activities of these users (comma-separated ids; on the
                generic list: only with `lead_id`).
            contact_id_in (str | Unset): Only activities of these contacts (comma-separated ids; on
                the generic list: only with `lead_id`).
            type_in (str | Unset): Only activities of these types (comma-separated; on the generic
                list: only with `lead_id`).
            form_id (str | Unset): Only submissions of this form (`form_...`).
            form_id_in (str | Unset): Only submissions of these forms (comma-separated ids).
            skip (int | Unset): Number of objects to skip (offset pagination). Each resource has a
                maximum; beyond it Close answers 400.
            limit (int | Unset): Page size. Each resource has a maximum; beyond it Close answers 400.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.
            paging (custom.Paging | None): How to walk the pages (see `custom.Paging`).

        Raises:
            custom.errors.APIError: As `list_form_submissions.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Listing[FormSubmissionActivity, FormSubmissionActivityList]
        """

        from custom._listing import Listing

        from . import list_form_submissions

        return Listing(
            list_form_submissions,
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
            lead_id_in=lead_id_in,
            user_id_in=user_id_in,
            contact_id_in=contact_id_in,
            type_in=type_in,
            form_id=form_id,
            form_id_in=form_id_in,
            skip=skip,
            limit=limit,
            fields=fields,
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> FormSubmissionActivity:
        """Get a FormSubmission activity

         Returns one FormSubmission activity.

        Args:
            id (str): The object's id.
            fields (str | Unset): Comma-separated list of the fields to return, e.g.
                `id,display_name`.

        Raises:
            custom.errors.APIError: As `get_form_submission.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            FormSubmissionActivity
        """

        from .get_form_submission import asyncio

        return await asyncio(
            id,
            client=self._client,
            fields=fields,
        )

    async def delete(
        self,
        id: str,
    ) -> Empty:
        """Delete a FormSubmission activity

         Deletes a FormSubmission activity.

        Args:
            id (str): The object's id.

        Raises:
            custom.errors.APIError: As `delete_form_submission.asyncio` (`NotFoundError`,
                `BadRequestError`... see there).

        Returns:
            Empty
        """

        from .delete_form_submission import asyncio

        return await asyncio(
            id,
            client=self._client,
        )

    list = _list
