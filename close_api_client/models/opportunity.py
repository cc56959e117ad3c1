from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_status_type import OpportunityStatusType
from ..models.opportunity_value_period import OpportunityValuePeriod
from ..types import UNSET, Unset, parse_datetime

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
            date_won (datetime.date | None):
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
    date_won: datetime.date | None
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

        id = self.id

        organization_id = self.organization_id

        lead_id = self.lead_id

        lead_name: None | str
        lead_name = self.lead_name

        status_id = self.status_id

        status_label = self.status_label

        status_type = self.status_type.value

        value: int | None
        value = self.value

        value_period = self.value_period.value

        value_formatted: None | str
        value_formatted = self.value_formatted

        value_currency: None | str
        value_currency = self.value_currency

        confidence = self.confidence

        date_won: None | str
        if isinstance(self.date_won, datetime.date):
            date_won = self.date_won.isoformat()
        else:
            date_won = self.date_won

        note: None | str
        note = self.note

        contact_id: None | str
        contact_id = self.contact_id

        user_id = self.user_id

        user_name: None | str
        user_name = self.user_name

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        status_display_name = self.status_display_name

        pipeline_id: None | str | Unset
        if isinstance(self.pipeline_id, Unset):
            pipeline_id = UNSET
        else:
            pipeline_id = self.pipeline_id

        pipeline_name: None | str | Unset
        if isinstance(self.pipeline_name, Unset):
            pipeline_name = UNSET
        else:
            pipeline_name = self.pipeline_name

        expected_value: int | None | Unset
        if isinstance(self.expected_value, Unset):
            expected_value = UNSET
        else:
            expected_value = self.expected_value

        annualized_value: int | None | Unset
        if isinstance(self.annualized_value, Unset):
            annualized_value = UNSET
        else:
            annualized_value = self.annualized_value

        annualized_expected_value: int | None | Unset
        if isinstance(self.annualized_expected_value, Unset):
            annualized_expected_value = UNSET
        else:
            annualized_expected_value = self.annualized_expected_value

        date_lost: None | str | Unset
        if isinstance(self.date_lost, Unset):
            date_lost = UNSET
        elif isinstance(self.date_lost, datetime.datetime):
            date_lost = self.date_lost.isoformat()
        else:
            date_lost = self.date_lost

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name

        updated_by_name: None | str | Unset
        if isinstance(self.updated_by_name, Unset):
            updated_by_name = UNSET
        else:
            updated_by_name = self.updated_by_name

        is_stalled = self.is_stalled

        stall_status: dict[str, Any] | None | Unset
        if isinstance(self.stall_status, Unset):
            stall_status = UNSET
        elif isinstance(self.stall_status, OpportunityStallStatus):
            stall_status = self.stall_status.to_dict()
        else:
            stall_status = self.stall_status

        suggested_action: dict[str, Any] | None | Unset
        if isinstance(self.suggested_action, Unset):
            suggested_action = UNSET
        elif isinstance(self.suggested_action, OpportunitySuggestedAction):
            suggested_action = self.suggested_action.to_dict()
        else:
            suggested_action = self.suggested_action

        comment_summary: dict[str, Any] | None | Unset
        if isinstance(self.comment_summary, Unset):
            comment_summary = UNSET
        elif isinstance(self.comment_summary, OpportunityCommentSummary):
            comment_summary = self.comment_summary.to_dict()
        else:
            comment_summary = self.comment_summary

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        integration_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integration_links, Unset):
            integration_links = []
            for integration_links_item_data in self.integration_links:
                integration_links_item = integration_links_item_data.to_dict()
                integration_links.append(integration_links_item)

        lead_primary_email: dict[str, Any] | None | Unset
        if isinstance(self.lead_primary_email, Unset):
            lead_primary_email = UNSET
        elif isinstance(self.lead_primary_email, EmailAddress):
            lead_primary_email = self.lead_primary_email.to_dict()
        else:
            lead_primary_email = self.lead_primary_email

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "lead_id": lead_id,
                "lead_name": lead_name,
                "status_id": status_id,
                "status_label": status_label,
                "status_type": status_type,
                "value": value,
                "value_period": value_period,
                "value_formatted": value_formatted,
                "value_currency": value_currency,
                "confidence": confidence,
                "date_won": date_won,
                "note": note,
                "contact_id": contact_id,
                "user_id": user_id,
                "user_name": user_name,
                "created_by": created_by,
                "updated_by": updated_by,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )
        if status_display_name is not UNSET:
            field_dict["status_display_name"] = status_display_name
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id
        if pipeline_name is not UNSET:
            field_dict["pipeline_name"] = pipeline_name
        if expected_value is not UNSET:
            field_dict["expected_value"] = expected_value
        if annualized_value is not UNSET:
            field_dict["annualized_value"] = annualized_value
        if annualized_expected_value is not UNSET:
            field_dict["annualized_expected_value"] = annualized_expected_value
        if date_lost is not UNSET:
            field_dict["date_lost"] = date_lost
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if updated_by_name is not UNSET:
            field_dict["updated_by_name"] = updated_by_name
        if is_stalled is not UNSET:
            field_dict["is_stalled"] = is_stalled
        if stall_status is not UNSET:
            field_dict["stall_status"] = stall_status
        if suggested_action is not UNSET:
            field_dict["suggested_action"] = suggested_action
        if comment_summary is not UNSET:
            field_dict["comment_summary"] = comment_summary
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if integration_links is not UNSET:
            field_dict["integration_links"] = integration_links
        if lead_primary_email is not UNSET:
            field_dict["lead_primary_email"] = lead_primary_email
        if lead_primary_phone is not UNSET:
            field_dict["lead_primary_phone"] = lead_primary_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.opportunity_attachment import OpportunityAttachment  # noqa: PLC0415
        from ..models.opportunity_comment_summary import OpportunityCommentSummary  # noqa: PLC0415
        from ..models.opportunity_stall_status import OpportunityStallStatus  # noqa: PLC0415
        from ..models.opportunity_suggested_action import OpportunitySuggestedAction  # noqa: PLC0415
        from ..models.phone import Phone  # noqa: PLC0415
        from ..models.rendered_integration_link import RenderedIntegrationLink  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        lead_id = d.pop("lead_id")

        def _parse_lead_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lead_name = _parse_lead_name(d.pop("lead_name"))

        status_id = d.pop("status_id")

        status_label = d.pop("status_label")

        status_type = OpportunityStatusType(d.pop("status_type"))

        def _parse_value(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        value = _parse_value(d.pop("value"))

        value_period = OpportunityValuePeriod(d.pop("value_period"))

        def _parse_value_formatted(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value_formatted = _parse_value_formatted(d.pop("value_formatted"))

        def _parse_value_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value_currency = _parse_value_currency(d.pop("value_currency"))

        confidence = d.pop("confidence")

        def _parse_date_won(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_won_type_0 = datetime.date.fromisoformat(data)

                return date_won_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_won = _parse_date_won(d.pop("date_won"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_contact_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

        user_id = d.pop("user_id")

        def _parse_user_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_name = _parse_user_name(d.pop("user_name"))

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("created_by"))

        def _parse_updated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        status_display_name = d.pop("status_display_name", UNSET)

        def _parse_pipeline_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pipeline_id = _parse_pipeline_id(d.pop("pipeline_id", UNSET))

        def _parse_pipeline_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pipeline_name = _parse_pipeline_name(d.pop("pipeline_name", UNSET))

        def _parse_expected_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expected_value = _parse_expected_value(d.pop("expected_value", UNSET))

        def _parse_annualized_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        annualized_value = _parse_annualized_value(d.pop("annualized_value", UNSET))

        def _parse_annualized_expected_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        annualized_expected_value = _parse_annualized_expected_value(
            d.pop("annualized_expected_value", UNSET)
        )

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
            return cast(datetime.datetime | None | Unset, data)

        date_lost = _parse_date_lost(d.pop("date_lost", UNSET))

        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contact_name", UNSET))

        def _parse_created_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_name = _parse_created_by_name(d.pop("created_by_name", UNSET))

        def _parse_updated_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by_name = _parse_updated_by_name(d.pop("updated_by_name", UNSET))

        is_stalled = d.pop("is_stalled", UNSET)

        def _parse_stall_status(data: object) -> None | OpportunityStallStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stall_status_type_0 = OpportunityStallStatus.from_dict(data)

                return stall_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpportunityStallStatus | Unset, data)

        stall_status = _parse_stall_status(d.pop("stall_status", UNSET))

        def _parse_suggested_action(data: object) -> None | OpportunitySuggestedAction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                suggested_action_type_0 = OpportunitySuggestedAction.from_dict(data)

                return suggested_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpportunitySuggestedAction | Unset, data)

        suggested_action = _parse_suggested_action(d.pop("suggested_action", UNSET))

        def _parse_comment_summary(data: object) -> None | OpportunityCommentSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comment_summary_type_0 = OpportunityCommentSummary.from_dict(data)

                return comment_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpportunityCommentSummary | Unset, data)

        comment_summary = _parse_comment_summary(d.pop("comment_summary", UNSET))

        _attachments = d.pop("attachments", UNSET)
        attachments: list[OpportunityAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = OpportunityAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _integration_links = d.pop("integration_links", UNSET)
        integration_links: list[RenderedIntegrationLink] | Unset = UNSET
        if _integration_links is not UNSET:
            integration_links = []
            for integration_links_item_data in _integration_links:
                integration_links_item = RenderedIntegrationLink.from_dict(
                    integration_links_item_data
                )

                integration_links.append(integration_links_item)

        def _parse_lead_primary_email(data: object) -> EmailAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lead_primary_email_type_0 = EmailAddress.from_dict(data)

                return lead_primary_email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailAddress | None | Unset, data)

        lead_primary_email = _parse_lead_primary_email(d.pop("lead_primary_email", UNSET))

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
            return cast(list[Phone] | None | Unset, data)

        lead_primary_phone = _parse_lead_primary_phone(d.pop("lead_primary_phone", UNSET))

        opportunity = cls(
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

        opportunity.additional_properties = d
        return opportunity

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
