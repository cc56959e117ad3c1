from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_status_type import OpportunityStatusType
from ..models.opportunity_value_period import OpportunityValuePeriod
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.opportunity_attachment import OpportunityAttachment
    from ..models.opportunity_comment_summary import OpportunityCommentSummary
    from ..models.opportunity_stall_status import OpportunityStallStatus
    from ..models.opportunity_suggested_action import OpportunitySuggestedAction
    from ..models.phone import Phone
    from ..models.rendered_integration_link import RenderedIntegrationLink


T = TypeVar("T", bound="Opportunity")


@_attrs_define
class Opportunity:
    """A potential deal with a lead. Money amounts (`value`, `expected_value`, ...) are in
    cents of `value_currency`. Custom field values appear as `custom.<field id>` keys, kept
    as additional properties.

        Attributes:
            id (str):
            organization_id (str):
            lead_id (str):
            lead_name (None | str):
            status_id (str):
            status_label (str):
            status_type (OpportunityStatusType): The kind of an opportunity status.
            value (int | None): The value in cents.
            value_period (OpportunityValuePeriod): How often an opportunity's value recurs.
            value_formatted (None | str): The value for display, e.g. `$50 monthly`.
            value_currency (None | str): ISO 4217 currency code, e.g. `USD`.
            confidence (int): Likelihood of winning, in percent (0-100).
            date_won (None | str): A date (`2013-02-20`) in the documented examples, a date-time
                (`2021-07-15T00:00:00+00:00`) in an update response of real data; kept as the string sent.
            note (None | str):
            contact_id (None | str):
            user_id (str): The user the opportunity is assigned to.
            user_name (None | str):
            created_by (None | str):
            updated_by (None | str):
            date_created (datetime.datetime):
            date_updated (datetime.datetime):
            status_display_name (str | Unset):
            pipeline_id (None | str | Unset):
            pipeline_name (None | str | Unset):
            expected_value (int | None | Unset): The value weighted by `confidence`, in cents.
            annualized_value (int | None | Unset): The value over a year (monthly values times 12), in cents.
            annualized_expected_value (int | None | Unset): The annualized value weighted by `confidence`, in cents.
            date_lost (datetime.datetime | None | Unset):
            contact_name (None | str | Unset):
            created_by_name (None | str | Unset):
            updated_by_name (None | str | Unset):
            is_stalled (bool | Unset):
            stall_status (None | OpportunityStallStatus | Unset):
            suggested_action (None | OpportunitySuggestedAction | Unset):
            comment_summary (None | OpportunityCommentSummary | Unset):
            attachments (list[OpportunityAttachment] | Unset):
            integration_links (list[RenderedIntegrationLink] | Unset):
            lead_primary_email (EmailAddress | None | Unset):
            lead_primary_phone (list[Phone] | None | Unset):
    """

    id: str
    organization_id: str
    lead_id: str
    lead_name: None | str
    status_id: str
    status_label: str
    status_type: OpportunityStatusType
    value: int | None
    value_period: OpportunityValuePeriod
    value_formatted: None | str
    value_currency: None | str
    confidence: int
    date_won: None | str
    note: None | str
    contact_id: None | str
    user_id: str
    user_name: None | str
    created_by: None | str
    updated_by: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    status_display_name: str | Unset = UNSET
    pipeline_id: None | str | Unset = UNSET
    pipeline_name: None | str | Unset = UNSET
    expected_value: int | None | Unset = UNSET
    annualized_value: int | None | Unset = UNSET
    annualized_expected_value: int | None | Unset = UNSET
    date_lost: datetime.datetime | None | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    updated_by_name: None | str | Unset = UNSET
    is_stalled: bool | Unset = UNSET
    stall_status: None | OpportunityStallStatus | Unset = UNSET
    suggested_action: None | OpportunitySuggestedAction | Unset = UNSET
    comment_summary: None | OpportunityCommentSummary | Unset = UNSET
    attachments: list[OpportunityAttachment] | Unset = UNSET
    integration_links: list[RenderedIntegrationLink] | Unset = UNSET
    lead_primary_email: EmailAddress | None | Unset = UNSET
    lead_primary_phone: list[Phone] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.opportunity_comment_summary import OpportunityCommentSummary  # noqa: PLC0415
        from ..models.opportunity_stall_status import OpportunityStallStatus  # noqa: PLC0415
        from ..models.opportunity_suggested_action import OpportunitySuggestedAction  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        if not isinstance(self.lead_id, Unset):  # absent only if trimmed by _fields
            lead_id = self.lead_id
            field_dict["lead_id"] = lead_id

        if not isinstance(self.lead_name, Unset):  # absent only if trimmed by _fields
            lead_name: None | str
            lead_name = self.lead_name
            field_dict["lead_name"] = lead_name

        if not isinstance(self.status_id, Unset):  # absent only if trimmed by _fields
            status_id = self.status_id
            field_dict["status_id"] = status_id

        if not isinstance(self.status_label, Unset):  # absent only if trimmed by _fields
            status_label = self.status_label
            field_dict["status_label"] = status_label

        if not isinstance(self.status_type, Unset):  # absent only if trimmed by _fields
            status_type = self.status_type.value
            field_dict["status_type"] = status_type

        if not isinstance(self.value, Unset):  # absent only if trimmed by _fields
            value: int | None
            value = self.value
            field_dict["value"] = value

        if not isinstance(self.value_period, Unset):  # absent only if trimmed by _fields
            value_period = self.value_period.value
            field_dict["value_period"] = value_period

        if not isinstance(self.value_formatted, Unset):  # absent only if trimmed by _fields
            value_formatted: None | str
            value_formatted = self.value_formatted
            field_dict["value_formatted"] = value_formatted

        if not isinstance(self.value_currency, Unset):  # absent only if trimmed by _fields
            value_currency: None | str
            value_currency = self.value_currency
            field_dict["value_currency"] = value_currency

        if not isinstance(self.confidence, Unset):  # absent only if trimmed by _fields
            confidence = self.confidence
            field_dict["confidence"] = confidence

        if not isinstance(self.date_won, Unset):  # absent only if trimmed by _fields
            date_won: None | str
            date_won = self.date_won
            field_dict["date_won"] = date_won

        if not isinstance(self.note, Unset):  # absent only if trimmed by _fields
            note: None | str
            note = self.note
            field_dict["note"] = note

        if not isinstance(self.contact_id, Unset):  # absent only if trimmed by _fields
            contact_id: None | str
            contact_id = self.contact_id
            field_dict["contact_id"] = contact_id

        if not isinstance(self.user_id, Unset):  # absent only if trimmed by _fields
            user_id = self.user_id
            field_dict["user_id"] = user_id

        if not isinstance(self.user_name, Unset):  # absent only if trimmed by _fields
            user_name: None | str
            user_name = self.user_name
            field_dict["user_name"] = user_name

        if not isinstance(self.created_by, Unset):  # absent only if trimmed by _fields
            created_by: None | str
            created_by = self.created_by
            field_dict["created_by"] = created_by

        if not isinstance(self.updated_by, Unset):  # absent only if trimmed by _fields
            updated_by: None | str
            updated_by = self.updated_by
            field_dict["updated_by"] = updated_by

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        status_display_name = self.status_display_name
        if status_display_name is not UNSET:
            field_dict["status_display_name"] = status_display_name

        pipeline_id: None | str | Unset
        if isinstance(self.pipeline_id, Unset):
            pipeline_id = UNSET
        else:
            pipeline_id = self.pipeline_id
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id

        pipeline_name: None | str | Unset
        if isinstance(self.pipeline_name, Unset):
            pipeline_name = UNSET
        else:
            pipeline_name = self.pipeline_name
        if pipeline_name is not UNSET:
            field_dict["pipeline_name"] = pipeline_name

        expected_value: int | None | Unset
        if isinstance(self.expected_value, Unset):
            expected_value = UNSET
        else:
            expected_value = self.expected_value
        if expected_value is not UNSET:
            field_dict["expected_value"] = expected_value

        annualized_value: int | None | Unset
        if isinstance(self.annualized_value, Unset):
            annualized_value = UNSET
        else:
            annualized_value = self.annualized_value
        if annualized_value is not UNSET:
            field_dict["annualized_value"] = annualized_value

        annualized_expected_value: int | None | Unset
        if isinstance(self.annualized_expected_value, Unset):
            annualized_expected_value = UNSET
        else:
            annualized_expected_value = self.annualized_expected_value
        if annualized_expected_value is not UNSET:
            field_dict["annualized_expected_value"] = annualized_expected_value

        date_lost: None | str | Unset
        if isinstance(self.date_lost, Unset):
            date_lost = UNSET
        elif isinstance(self.date_lost, datetime.datetime):
            date_lost = self.date_lost.isoformat()
        else:
            date_lost = self.date_lost
        if date_lost is not UNSET:
            field_dict["date_lost"] = date_lost

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name

        updated_by_name: None | str | Unset
        if isinstance(self.updated_by_name, Unset):
            updated_by_name = UNSET
        else:
            updated_by_name = self.updated_by_name
        if updated_by_name is not UNSET:
            field_dict["updated_by_name"] = updated_by_name

        is_stalled = self.is_stalled
        if is_stalled is not UNSET:
            field_dict["is_stalled"] = is_stalled

        stall_status: dict[str, Any] | None | Unset
        if isinstance(self.stall_status, Unset):
            stall_status = UNSET
        elif isinstance(self.stall_status, OpportunityStallStatus):
            stall_status = self.stall_status.to_dict()
        else:
            stall_status = self.stall_status
        if stall_status is not UNSET:
            field_dict["stall_status"] = stall_status

        suggested_action: dict[str, Any] | None | Unset
        if isinstance(self.suggested_action, Unset):
            suggested_action = UNSET
        elif isinstance(self.suggested_action, OpportunitySuggestedAction):
            suggested_action = self.suggested_action.to_dict()
        else:
            suggested_action = self.suggested_action
        if suggested_action is not UNSET:
            field_dict["suggested_action"] = suggested_action

        comment_summary: dict[str, Any] | None | Unset
        if isinstance(self.comment_summary, Unset):
            comment_summary = UNSET
        elif isinstance(self.comment_summary, OpportunityCommentSummary):
            comment_summary = self.comment_summary.to_dict()
        else:
            comment_summary = self.comment_summary
        if comment_summary is not UNSET:
            field_dict["comment_summary"] = comment_summary

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        integration_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integration_links, Unset):
            integration_links = []
            for integration_links_item_data in self.integration_links:
                integration_links_item = integration_links_item_data.to_dict()
                integration_links.append(integration_links_item)

        if integration_links is not UNSET:
            field_dict["integration_links"] = integration_links

        lead_primary_email: dict[str, Any] | None | Unset
        if isinstance(self.lead_primary_email, Unset):
            lead_primary_email = UNSET
        elif isinstance(self.lead_primary_email, EmailAddress):
            lead_primary_email = self.lead_primary_email.to_dict()
        else:
            lead_primary_email = self.lead_primary_email
        if lead_primary_email is not UNSET:
            field_dict["lead_primary_email"] = lead_primary_email

        lead_primary_phone: list[dict[str, Any]] | None | Unset
        if isinstance(self.lead_primary_phone, Unset):
            lead_primary_phone = UNSET
        elif isinstance(self.lead_primary_phone, list):
            lead_primary_phone = []
            for lead_primary_phone_type_0_item_data in self.lead_primary_phone:
                lead_primary_phone_type_0_item = lead_primary_phone_type_0_item_data.to_dict()
                lead_primary_phone.append(lead_primary_phone_type_0_item)

        else:
            lead_primary_phone = self.lead_primary_phone
        if lead_primary_phone is not UNSET:
            field_dict["lead_primary_phone"] = lead_primary_phone

        return field_dict

    @staticmethod
    def _carries_constants(src: Mapping[str, Any]) -> bool:
        """Does ``src`` carry each constant field of this model (an activity's ``_type``)?

        How a union picks its member: ``from_dict`` accepts a missing constant (a response
        trimmed with ``_fields``), so membership is decided here, before parsing.
        """
        return True

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart. A ``src_dict`` that is not a JSON object raises ``TypeError``.
        """
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict: fast
            raise not_an_object("Opportunity", src_dict)
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.opportunity_attachment import OpportunityAttachment  # noqa: PLC0415
        from ..models.opportunity_comment_summary import OpportunityCommentSummary  # noqa: PLC0415
        from ..models.opportunity_stall_status import OpportunityStallStatus  # noqa: PLC0415
        from ..models.opportunity_suggested_action import OpportunitySuggestedAction  # noqa: PLC0415
        from ..models.phone import Phone  # noqa: PLC0415
        from ..models.rendered_integration_link import RenderedIntegrationLink  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = MISSING
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: str
        if isinstance(_raw_lead_id, str):
            lead_id = _raw_lead_id
        else:
            lead_id = MISSING
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_lead_name = d.pop("lead_name", UNSET)
        lead_name: None | str
        if isinstance(_raw_lead_name, str) or _raw_lead_name is None:
            lead_name = _raw_lead_name
        else:
            lead_name = MISSING
            if _raw_lead_name is not UNSET:
                d["lead_name"] = _raw_lead_name

        _raw_status_id = d.pop("status_id", UNSET)
        status_id: str
        if isinstance(_raw_status_id, str):
            status_id = _raw_status_id
        else:
            status_id = MISSING
            if _raw_status_id is not UNSET:
                d["status_id"] = _raw_status_id

        _raw_status_label = d.pop("status_label", UNSET)
        status_label: str
        if isinstance(_raw_status_label, str):
            status_label = _raw_status_label
        else:
            status_label = MISSING
            if _raw_status_label is not UNSET:
                d["status_label"] = _raw_status_label

        _raw_status_type = d.pop("status_type", UNSET)
        try:
            _fits = _raw_status_type is not UNSET
            if not _fits:
                raise TypeError()
            status_type = OpportunityStatusType(_raw_status_type)

        except (TypeError, ValueError, AttributeError, KeyError):
            status_type = MISSING
            if _raw_status_type is not UNSET:
                d["status_type"] = _raw_status_type

        _raw_value = d.pop("value", UNSET)
        value: int | None
        if (isinstance(_raw_value, int) and not isinstance(_raw_value, bool)) or _raw_value is None:
            value = _raw_value
        else:
            value = MISSING
            if _raw_value is not UNSET:
                d["value"] = _raw_value

        _raw_value_period = d.pop("value_period", UNSET)
        try:
            _fits = _raw_value_period is not UNSET
            if not _fits:
                raise TypeError()
            value_period = OpportunityValuePeriod(_raw_value_period)

        except (TypeError, ValueError, AttributeError, KeyError):
            value_period = MISSING
            if _raw_value_period is not UNSET:
                d["value_period"] = _raw_value_period

        _raw_value_formatted = d.pop("value_formatted", UNSET)
        value_formatted: None | str
        if isinstance(_raw_value_formatted, str) or _raw_value_formatted is None:
            value_formatted = _raw_value_formatted
        else:
            value_formatted = MISSING
            if _raw_value_formatted is not UNSET:
                d["value_formatted"] = _raw_value_formatted

        _raw_value_currency = d.pop("value_currency", UNSET)
        value_currency: None | str
        if isinstance(_raw_value_currency, str) or _raw_value_currency is None:
            value_currency = _raw_value_currency
        else:
            value_currency = MISSING
            if _raw_value_currency is not UNSET:
                d["value_currency"] = _raw_value_currency

        _raw_confidence = d.pop("confidence", UNSET)
        confidence: int
        if isinstance(_raw_confidence, int) and not isinstance(_raw_confidence, bool):
            confidence = _raw_confidence
        else:
            confidence = MISSING
            if _raw_confidence is not UNSET:
                d["confidence"] = _raw_confidence

        _raw_date_won = d.pop("date_won", UNSET)
        date_won: None | str
        if isinstance(_raw_date_won, str) or _raw_date_won is None:
            date_won = _raw_date_won
        else:
            date_won = MISSING
            if _raw_date_won is not UNSET:
                d["date_won"] = _raw_date_won

        _raw_note = d.pop("note", UNSET)
        note: None | str
        if isinstance(_raw_note, str) or _raw_note is None:
            note = _raw_note
        else:
            note = MISSING
            if _raw_note is not UNSET:
                d["note"] = _raw_note

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: None | str
        if isinstance(_raw_contact_id, str) or _raw_contact_id is None:
            contact_id = _raw_contact_id
        else:
            contact_id = MISSING
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: str
        if isinstance(_raw_user_id, str):
            user_id = _raw_user_id
        else:
            user_id = MISSING
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_user_name = d.pop("user_name", UNSET)
        user_name: None | str
        if isinstance(_raw_user_name, str) or _raw_user_name is None:
            user_name = _raw_user_name
        else:
            user_name = MISSING
            if _raw_user_name is not UNSET:
                d["user_name"] = _raw_user_name

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: None | str
        if isinstance(_raw_created_by, str) or _raw_created_by is None:
            created_by = _raw_created_by
        else:
            created_by = MISSING
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_updated_by = d.pop("updated_by", UNSET)
        updated_by: None | str
        if isinstance(_raw_updated_by, str) or _raw_updated_by is None:
            updated_by = _raw_updated_by
        else:
            updated_by = MISSING
            if _raw_updated_by is not UNSET:
                d["updated_by"] = _raw_updated_by

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _fits = _raw_date_created is not UNSET
            if not _fits:
                raise TypeError()
            date_created = parse_datetime(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = MISSING
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _fits = _raw_date_updated is not UNSET
            if not _fits:
                raise TypeError()
            date_updated = parse_datetime(_raw_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = MISSING
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

        _raw_status_display_name = d.pop("status_display_name", UNSET)
        status_display_name: str | Unset
        if isinstance(_raw_status_display_name, str):
            status_display_name = _raw_status_display_name
        else:
            status_display_name = UNSET
            if _raw_status_display_name is not UNSET:
                d["status_display_name"] = _raw_status_display_name

        _raw_pipeline_id = d.pop("pipeline_id", UNSET)
        pipeline_id: None | str | Unset
        if isinstance(_raw_pipeline_id, str) or _raw_pipeline_id is None:
            pipeline_id = _raw_pipeline_id
        else:
            pipeline_id = UNSET
            if _raw_pipeline_id is not UNSET:
                d["pipeline_id"] = _raw_pipeline_id

        _raw_pipeline_name = d.pop("pipeline_name", UNSET)
        pipeline_name: None | str | Unset
        if isinstance(_raw_pipeline_name, str) or _raw_pipeline_name is None:
            pipeline_name = _raw_pipeline_name
        else:
            pipeline_name = UNSET
            if _raw_pipeline_name is not UNSET:
                d["pipeline_name"] = _raw_pipeline_name

        _raw_expected_value = d.pop("expected_value", UNSET)
        expected_value: int | None | Unset
        if (
            isinstance(_raw_expected_value, int) and not isinstance(_raw_expected_value, bool)
        ) or _raw_expected_value is None:
            expected_value = _raw_expected_value
        else:
            expected_value = UNSET
            if _raw_expected_value is not UNSET:
                d["expected_value"] = _raw_expected_value

        _raw_annualized_value = d.pop("annualized_value", UNSET)
        annualized_value: int | None | Unset
        if (
            isinstance(_raw_annualized_value, int) and not isinstance(_raw_annualized_value, bool)
        ) or _raw_annualized_value is None:
            annualized_value = _raw_annualized_value
        else:
            annualized_value = UNSET
            if _raw_annualized_value is not UNSET:
                d["annualized_value"] = _raw_annualized_value

        _raw_annualized_expected_value = d.pop("annualized_expected_value", UNSET)
        annualized_expected_value: int | None | Unset
        if (
            isinstance(_raw_annualized_expected_value, int)
            and not isinstance(_raw_annualized_expected_value, bool)
        ) or _raw_annualized_expected_value is None:
            annualized_expected_value = _raw_annualized_expected_value
        else:
            annualized_expected_value = UNSET
            if _raw_annualized_expected_value is not UNSET:
                d["annualized_expected_value"] = _raw_annualized_expected_value

        _raw_date_lost = d.pop("date_lost", UNSET)
        try:

            def _parse_date_lost(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    date_lost_type_0 = parse_datetime(data)

                    return date_lost_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            date_lost = _parse_date_lost(_raw_date_lost)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_lost = UNSET
            if _raw_date_lost is not UNSET:
                d["date_lost"] = _raw_date_lost

        _raw_contact_name = d.pop("contact_name", UNSET)
        contact_name: None | str | Unset
        if isinstance(_raw_contact_name, str) or _raw_contact_name is None:
            contact_name = _raw_contact_name
        else:
            contact_name = UNSET
            if _raw_contact_name is not UNSET:
                d["contact_name"] = _raw_contact_name

        _raw_created_by_name = d.pop("created_by_name", UNSET)
        created_by_name: None | str | Unset
        if isinstance(_raw_created_by_name, str) or _raw_created_by_name is None:
            created_by_name = _raw_created_by_name
        else:
            created_by_name = UNSET
            if _raw_created_by_name is not UNSET:
                d["created_by_name"] = _raw_created_by_name

        _raw_updated_by_name = d.pop("updated_by_name", UNSET)
        updated_by_name: None | str | Unset
        if isinstance(_raw_updated_by_name, str) or _raw_updated_by_name is None:
            updated_by_name = _raw_updated_by_name
        else:
            updated_by_name = UNSET
            if _raw_updated_by_name is not UNSET:
                d["updated_by_name"] = _raw_updated_by_name

        _raw_is_stalled = d.pop("is_stalled", UNSET)
        is_stalled: bool | Unset
        if isinstance(_raw_is_stalled, bool):
            is_stalled = _raw_is_stalled
        else:
            is_stalled = UNSET
            if _raw_is_stalled is not UNSET:
                d["is_stalled"] = _raw_is_stalled

        _raw_stall_status = d.pop("stall_status", UNSET)
        try:

            def _parse_stall_status(data: object) -> None | OpportunityStallStatus | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not OpportunityStallStatus._carries_constants(data):
                        raise TypeError()

                    stall_status_type_0 = OpportunityStallStatus.from_dict(data)

                    return stall_status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | OpportunityStallStatus | Unset, data)

            stall_status = _parse_stall_status(_raw_stall_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            stall_status = UNSET
            if _raw_stall_status is not UNSET:
                d["stall_status"] = _raw_stall_status

        _raw_suggested_action = d.pop("suggested_action", UNSET)
        try:

            def _parse_suggested_action(data: object) -> None | OpportunitySuggestedAction | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not OpportunitySuggestedAction._carries_constants(data):
                        raise TypeError()

                    suggested_action_type_0 = OpportunitySuggestedAction.from_dict(data)

                    return suggested_action_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | OpportunitySuggestedAction | Unset, data)

            suggested_action = _parse_suggested_action(_raw_suggested_action)

        except (TypeError, ValueError, AttributeError, KeyError):
            suggested_action = UNSET
            if _raw_suggested_action is not UNSET:
                d["suggested_action"] = _raw_suggested_action

        _raw_comment_summary = d.pop("comment_summary", UNSET)
        try:

            def _parse_comment_summary(data: object) -> None | OpportunityCommentSummary | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not OpportunityCommentSummary._carries_constants(data):
                        raise TypeError()

                    comment_summary_type_0 = OpportunityCommentSummary.from_dict(data)

                    return comment_summary_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | OpportunityCommentSummary | Unset, data)

            comment_summary = _parse_comment_summary(_raw_comment_summary)

        except (TypeError, ValueError, AttributeError, KeyError):
            comment_summary = UNSET
            if _raw_comment_summary is not UNSET:
                d["comment_summary"] = _raw_comment_summary

        _raw_attachments = d.pop("attachments", UNSET)
        try:
            _fits = _raw_attachments is UNSET or isinstance(_raw_attachments, list)
            if not _fits:
                raise TypeError()
            _attachments = _raw_attachments
            attachments: list[OpportunityAttachment] | Unset = UNSET
            if _attachments is not UNSET:
                attachments = []
                for attachments_item_data in _attachments:
                    attachments_item = OpportunityAttachment.from_dict(attachments_item_data)

                    attachments.append(attachments_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            attachments = UNSET
            if _raw_attachments is not UNSET:
                d["attachments"] = _raw_attachments

        _raw_integration_links = d.pop("integration_links", UNSET)
        try:
            _fits = _raw_integration_links is UNSET or isinstance(_raw_integration_links, list)
            if not _fits:
                raise TypeError()
            _integration_links = _raw_integration_links
            integration_links: list[RenderedIntegrationLink] | Unset = UNSET
            if _integration_links is not UNSET:
                integration_links = []
                for integration_links_item_data in _integration_links:
                    integration_links_item = RenderedIntegrationLink.from_dict(
                        integration_links_item_data
                    )

                    integration_links.append(integration_links_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            integration_links = UNSET
            if _raw_integration_links is not UNSET:
                d["integration_links"] = _raw_integration_links

        _raw_lead_primary_email = d.pop("lead_primary_email", UNSET)
        try:

            def _parse_lead_primary_email(data: object) -> EmailAddress | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not EmailAddress._carries_constants(data):
                        raise TypeError()

                    lead_primary_email_type_0 = EmailAddress.from_dict(data)

                    return lead_primary_email_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(EmailAddress | None | Unset, data)

            lead_primary_email = _parse_lead_primary_email(_raw_lead_primary_email)

        except (TypeError, ValueError, AttributeError, KeyError):
            lead_primary_email = UNSET
            if _raw_lead_primary_email is not UNSET:
                d["lead_primary_email"] = _raw_lead_primary_email

        _raw_lead_primary_phone = d.pop("lead_primary_phone", UNSET)
        try:

            def _parse_lead_primary_phone(data: object) -> list[Phone] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()

                    lead_primary_phone_type_0 = []
                    _lead_primary_phone_type_0 = data
                    for lead_primary_phone_type_0_item_data in _lead_primary_phone_type_0:
                        lead_primary_phone_type_0_item = Phone.from_dict(
                            lead_primary_phone_type_0_item_data
                        )

                        lead_primary_phone_type_0.append(lead_primary_phone_type_0_item)

                    return lead_primary_phone_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(list[Phone] | None | Unset, data)

            lead_primary_phone = _parse_lead_primary_phone(_raw_lead_primary_phone)

        except (TypeError, ValueError, AttributeError, KeyError):
            lead_primary_phone = UNSET
            if _raw_lead_primary_phone is not UNSET:
                d["lead_primary_phone"] = _raw_lead_primary_phone

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            lead_id=lead_id,
            lead_name=lead_name,
            status_id=status_id,
            status_label=status_label,
            status_type=status_type,
            value=value,
            value_period=value_period,
            value_formatted=value_formatted,
            value_currency=value_currency,
            confidence=confidence,
            date_won=date_won,
            note=note,
            contact_id=contact_id,
            user_id=user_id,
            user_name=user_name,
            created_by=created_by,
            updated_by=updated_by,
            date_created=date_created,
            date_updated=date_updated,
            status_display_name=status_display_name,
            pipeline_id=pipeline_id,
            pipeline_name=pipeline_name,
            expected_value=expected_value,
            annualized_value=annualized_value,
            annualized_expected_value=annualized_expected_value,
            date_lost=date_lost,
            contact_name=contact_name,
            created_by_name=created_by_name,
            updated_by_name=updated_by_name,
            is_stalled=is_stalled,
            stall_status=stall_status,
            suggested_action=suggested_action,
            comment_summary=comment_summary,
            attachments=attachments,
            integration_links=integration_links,
            lead_primary_email=lead_primary_email,
            lead_primary_phone=lead_primary_phone,
        )

        parsed_obj.additional_properties = d
        return parsed_obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
