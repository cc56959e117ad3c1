from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.basic_subscription_info_for_contact import BasicSubscriptionInfoForContact
    from ..models.contact_recent_call import ContactRecentCall
    from ..models.contact_url import ContactUrl
    from ..models.email_address import EmailAddress
    from ..models.phone import Phone
    from ..models.rendered_integration_link import RenderedIntegrationLink


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A person at a lead, with phones, emails and URLs. Custom field values appear as
    `custom.<field id>` keys (e.g. `custom.cf_...`, `custom.ccf_...`), kept as additional
    properties.

        Attributes:
            id (str):
            organization_id (str):
            name (None | str):
            title (None | str):
            phones (list[Phone]):
            emails (list[EmailAddress]):
            date_created (datetime.datetime):
            date_updated (datetime.datetime):
            created_by (None | str):
            updated_by (None | str):
            lead_id (None | str | Unset):
            urls (list[ContactUrl] | Unset):
            display_name (str | Unset):
            integration_links (list[RenderedIntegrationLink] | Unset):
            lead_suggestions_operation_id (None | str | Unset):
            recent_calls (list[ContactRecentCall] | Unset):
            subscriptions (list[BasicSubscriptionInfoForContact] | Unset):
            timezone (None | str | Unset):
            timezone_source (None | str | Unset):
    """

    id: str
    organization_id: str
    name: None | str
    title: None | str
    phones: list[Phone]
    emails: list[EmailAddress]
    date_created: datetime.datetime
    date_updated: datetime.datetime
    created_by: None | str
    updated_by: None | str
    lead_id: None | str | Unset = UNSET
    urls: list[ContactUrl] | Unset = UNSET
    display_name: str | Unset = UNSET
    integration_links: list[RenderedIntegrationLink] | Unset = UNSET
    lead_suggestions_operation_id: None | str | Unset = UNSET
    recent_calls: list[ContactRecentCall] | Unset = UNSET
    subscriptions: list[BasicSubscriptionInfoForContact] | Unset = UNSET
    timezone: None | str | Unset = UNSET
    timezone_source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name: None | str
        name = self.name

        title: None | str
        title = self.title

        phones = []
        for phones_item_data in self.phones:
            phones_item = phones_item_data.to_dict()
            phones.append(phones_item)

        emails = []
        for emails_item_data in self.emails:
            emails_item = emails_item_data.to_dict()
            emails.append(emails_item)

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

        lead_id: None | str | Unset
        if isinstance(self.lead_id, Unset):
            lead_id = UNSET
        else:
            lead_id = self.lead_id

        urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = []
            for urls_item_data in self.urls:
                urls_item = urls_item_data.to_dict()
                urls.append(urls_item)

        display_name = self.display_name

        integration_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integration_links, Unset):
            integration_links = []
            for integration_links_item_data in self.integration_links:
                integration_links_item = integration_links_item_data.to_dict()
                integration_links.append(integration_links_item)

        lead_suggestions_operation_id: None | str | Unset
        if isinstance(self.lead_suggestions_operation_id, Unset):
            lead_suggestions_operation_id = UNSET
        else:
            lead_suggestions_operation_id = self.lead_suggestions_operation_id

        recent_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recent_calls, Unset):
            recent_calls = []
            for recent_calls_item_data in self.recent_calls:
                recent_calls_item = recent_calls_item_data.to_dict()
                recent_calls.append(recent_calls_item)

        subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = []
            for subscriptions_item_data in self.subscriptions:
                subscriptions_item = subscriptions_item_data.to_dict()
                subscriptions.append(subscriptions_item)

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        timezone_source: None | str | Unset
        if isinstance(self.timezone_source, Unset):
            timezone_source = UNSET
        else:
            timezone_source = self.timezone_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "name": name,
                "title": title,
                "phones": phones,
                "emails": emails,
                "date_created": date_created,
                "date_updated": date_updated,
                "created_by": created_by,
                "updated_by": updated_by,
            }
        )
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if urls is not UNSET:
            field_dict["urls"] = urls
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if integration_links is not UNSET:
            field_dict["integration_links"] = integration_links
        if lead_suggestions_operation_id is not UNSET:
            field_dict["lead_suggestions_operation_id"] = lead_suggestions_operation_id
        if recent_calls is not UNSET:
            field_dict["recent_calls"] = recent_calls
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if timezone_source is not UNSET:
            field_dict["timezone_source"] = timezone_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_subscription_info_for_contact import BasicSubscriptionInfoForContact  # noqa: PLC0415
        from ..models.contact_recent_call import ContactRecentCall  # noqa: PLC0415
        from ..models.contact_url import ContactUrl  # noqa: PLC0415
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.phone import Phone  # noqa: PLC0415
        from ..models.rendered_integration_link import RenderedIntegrationLink  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        phones = []
        _phones = d.pop("phones")
        for phones_item_data in _phones:
            phones_item = Phone.from_dict(phones_item_data)

            phones.append(phones_item)

        emails = []
        _emails = d.pop("emails")
        for emails_item_data in _emails:
            emails_item = EmailAddress.from_dict(emails_item_data)

            emails.append(emails_item)

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

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

        def _parse_lead_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_id = _parse_lead_id(d.pop("lead_id", UNSET))

        _urls = d.pop("urls", UNSET)
        urls: list[ContactUrl] | Unset = UNSET
        if _urls is not UNSET:
            urls = []
            for urls_item_data in _urls:
                urls_item = ContactUrl.from_dict(urls_item_data)

                urls.append(urls_item)

        display_name = d.pop("display_name", UNSET)

        _integration_links = d.pop("integration_links", UNSET)
        integration_links: list[RenderedIntegrationLink] | Unset = UNSET
        if _integration_links is not UNSET:
            integration_links = []
            for integration_links_item_data in _integration_links:
                integration_links_item = RenderedIntegrationLink.from_dict(
                    integration_links_item_data
                )

                integration_links.append(integration_links_item)

        def _parse_lead_suggestions_operation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_suggestions_operation_id = _parse_lead_suggestions_operation_id(
            d.pop("lead_suggestions_operation_id", UNSET)
        )

        _recent_calls = d.pop("recent_calls", UNSET)
        recent_calls: list[ContactRecentCall] | Unset = UNSET
        if _recent_calls is not UNSET:
            recent_calls = []
            for recent_calls_item_data in _recent_calls:
                recent_calls_item = ContactRecentCall.from_dict(recent_calls_item_data)

                recent_calls.append(recent_calls_item)

        _subscriptions = d.pop("subscriptions", UNSET)
        subscriptions: list[BasicSubscriptionInfoForContact] | Unset = UNSET
        if _subscriptions is not UNSET:
            subscriptions = []
            for subscriptions_item_data in _subscriptions:
                subscriptions_item = BasicSubscriptionInfoForContact.from_dict(
                    subscriptions_item_data
                )

                subscriptions.append(subscriptions_item)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_timezone_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone_source = _parse_timezone_source(d.pop("timezone_source", UNSET))

        contact = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            title=title,
            phones=phones,
            emails=emails,
            date_created=date_created,
            date_updated=date_updated,
            created_by=created_by,
            updated_by=updated_by,
            lead_id=lead_id,
            urls=urls,
            display_name=display_name,
            integration_links=integration_links,
            lead_suggestions_operation_id=lead_suggestions_operation_id,
            recent_calls=recent_calls,
            subscriptions=subscriptions,
            timezone=timezone,
            timezone_source=timezone_source,
        )

        contact.additional_properties = d
        return contact

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
