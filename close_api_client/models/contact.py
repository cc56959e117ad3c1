from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
            id (str | Unset):
            organization_id (str | Unset):
            lead_id (None | str | Unset):
            name (None | str | Unset):
            title (None | str | Unset):
            phones (list[Phone] | Unset):
            emails (list[EmailAddress] | Unset):
            urls (list[ContactUrl] | Unset):
            date_created (datetime.datetime | Unset):
            date_updated (datetime.datetime | Unset):
            created_by (None | str | Unset):
            updated_by (None | str | Unset):
            display_name (str | Unset):
            integration_links (list[RenderedIntegrationLink] | Unset):
            lead_suggestions_operation_id (None | str | Unset):
            recent_calls (list[ContactRecentCall] | Unset):
            subscriptions (list[BasicSubscriptionInfoForContact] | Unset):
            timezone (None | str | Unset):
            timezone_source (None | str | Unset):
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    lead_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    phones: list[Phone] | Unset = UNSET
    emails: list[EmailAddress] | Unset = UNSET
    urls: list[ContactUrl] | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    display_name: str | Unset = UNSET
    integration_links: list[RenderedIntegrationLink] | Unset = UNSET
    lead_suggestions_operation_id: None | str | Unset = UNSET
    recent_calls: list[ContactRecentCall] | Unset = UNSET
    subscriptions: list[BasicSubscriptionInfoForContact] | Unset = UNSET
    timezone: None | str | Unset = UNSET
    timezone_source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        organization_id = self.organization_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        lead_id: None | str | Unset
        if isinstance(self.lead_id, Unset):
            lead_id = UNSET
        else:
            lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = []
            for phones_item_data in self.phones:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        if phones is not UNSET:
            field_dict["phones"] = phones

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        if emails is not UNSET:
            field_dict["emails"] = emails

        urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = []
            for urls_item_data in self.urls:
                urls_item = urls_item_data.to_dict()
                urls.append(urls_item)

        if urls is not UNSET:
            field_dict["urls"] = urls

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()
        if date_created is not UNSET:
            field_dict["date_created"] = date_created

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        display_name = self.display_name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name

        integration_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integration_links, Unset):
            integration_links = []
            for integration_links_item_data in self.integration_links:
                integration_links_item = integration_links_item_data.to_dict()
                integration_links.append(integration_links_item)

        if integration_links is not UNSET:
            field_dict["integration_links"] = integration_links

        lead_suggestions_operation_id: None | str | Unset
        if isinstance(self.lead_suggestions_operation_id, Unset):
            lead_suggestions_operation_id = UNSET
        else:
            lead_suggestions_operation_id = self.lead_suggestions_operation_id
        if lead_suggestions_operation_id is not UNSET:
            field_dict["lead_suggestions_operation_id"] = lead_suggestions_operation_id

        recent_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recent_calls, Unset):
            recent_calls = []
            for recent_calls_item_data in self.recent_calls:
                recent_calls_item = recent_calls_item_data.to_dict()
                recent_calls.append(recent_calls_item)

        if recent_calls is not UNSET:
            field_dict["recent_calls"] = recent_calls

        subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = []
            for subscriptions_item_data in self.subscriptions:
                subscriptions_item = subscriptions_item_data.to_dict()
                subscriptions.append(subscriptions_item)

        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        timezone_source: None | str | Unset
        if isinstance(self.timezone_source, Unset):
            timezone_source = UNSET
        else:
            timezone_source = self.timezone_source
        if timezone_source is not UNSET:
            field_dict["timezone_source"] = timezone_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart.
        """
        from ..models.basic_subscription_info_for_contact import BasicSubscriptionInfoForContact  # noqa: PLC0415
        from ..models.contact_recent_call import ContactRecentCall  # noqa: PLC0415
        from ..models.contact_url import ContactUrl  # noqa: PLC0415
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.phone import Phone  # noqa: PLC0415
        from ..models.rendered_integration_link import RenderedIntegrationLink  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str | Unset
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = UNSET
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str | Unset
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = UNSET
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: None | str | Unset
        if isinstance(_raw_lead_id, str) or _raw_lead_id is None:
            lead_id = _raw_lead_id
        else:
            lead_id = UNSET
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_name = d.pop("name", UNSET)
        name: None | str | Unset
        if isinstance(_raw_name, str) or _raw_name is None:
            name = _raw_name
        else:
            name = UNSET
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_title = d.pop("title", UNSET)
        title: None | str | Unset
        if isinstance(_raw_title, str) or _raw_title is None:
            title = _raw_title
        else:
            title = UNSET
            if _raw_title is not UNSET:
                d["title"] = _raw_title

        _raw_phones = d.pop("phones", UNSET)
        try:
            _fits = _raw_phones is UNSET or isinstance(_raw_phones, list)
            if not _fits:
                raise TypeError()
            _phones = _raw_phones
            phones: list[Phone] | Unset = UNSET
            if _phones is not UNSET:
                phones = []
                for phones_item_data in _phones:
                    phones_item = Phone.from_dict(phones_item_data)

                    phones.append(phones_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            phones = UNSET
            if _raw_phones is not UNSET:
                d["phones"] = _raw_phones

        _raw_emails = d.pop("emails", UNSET)
        try:
            _fits = _raw_emails is UNSET or isinstance(_raw_emails, list)
            if not _fits:
                raise TypeError()
            _emails = _raw_emails
            emails: list[EmailAddress] | Unset = UNSET
            if _emails is not UNSET:
                emails = []
                for emails_item_data in _emails:
                    emails_item = EmailAddress.from_dict(emails_item_data)

                    emails.append(emails_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            emails = UNSET
            if _raw_emails is not UNSET:
                d["emails"] = _raw_emails

        _raw_urls = d.pop("urls", UNSET)
        try:
            _fits = _raw_urls is UNSET or isinstance(_raw_urls, list)
            if not _fits:
                raise TypeError()
            _urls = _raw_urls
            urls: list[ContactUrl] | Unset = UNSET
            if _urls is not UNSET:
                urls = []
                for urls_item_data in _urls:
                    urls_item = ContactUrl.from_dict(urls_item_data)

                    urls.append(urls_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            urls = UNSET
            if _raw_urls is not UNSET:
                d["urls"] = _raw_urls

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _date_created = _raw_date_created
            date_created: datetime.datetime | Unset
            if isinstance(_date_created, Unset):
                date_created = UNSET
            else:
                date_created = parse_datetime(_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = UNSET
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _date_updated = _raw_date_updated
            date_updated: datetime.datetime | Unset
            if isinstance(_date_updated, Unset):
                date_updated = UNSET
            else:
                date_updated = parse_datetime(_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = UNSET
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

        _raw_created_by = d.pop("created_by", UNSET)
        created_by: None | str | Unset
        if isinstance(_raw_created_by, str) or _raw_created_by is None:
            created_by = _raw_created_by
        else:
            created_by = UNSET
            if _raw_created_by is not UNSET:
                d["created_by"] = _raw_created_by

        _raw_updated_by = d.pop("updated_by", UNSET)
        updated_by: None | str | Unset
        if isinstance(_raw_updated_by, str) or _raw_updated_by is None:
            updated_by = _raw_updated_by
        else:
            updated_by = UNSET
            if _raw_updated_by is not UNSET:
                d["updated_by"] = _raw_updated_by

        _raw_display_name = d.pop("display_name", UNSET)
        display_name: str | Unset
        if isinstance(_raw_display_name, str):
            display_name = _raw_display_name
        else:
            display_name = UNSET
            if _raw_display_name is not UNSET:
                d["display_name"] = _raw_display_name

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

        _raw_lead_suggestions_operation_id = d.pop("lead_suggestions_operation_id", UNSET)
        lead_suggestions_operation_id: None | str | Unset
        if (
            isinstance(_raw_lead_suggestions_operation_id, str)
            or _raw_lead_suggestions_operation_id is None
        ):
            lead_suggestions_operation_id = _raw_lead_suggestions_operation_id
        else:
            lead_suggestions_operation_id = UNSET
            if _raw_lead_suggestions_operation_id is not UNSET:
                d["lead_suggestions_operation_id"] = _raw_lead_suggestions_operation_id

        _raw_recent_calls = d.pop("recent_calls", UNSET)
        try:
            _fits = _raw_recent_calls is UNSET or isinstance(_raw_recent_calls, list)
            if not _fits:
                raise TypeError()
            _recent_calls = _raw_recent_calls
            recent_calls: list[ContactRecentCall] | Unset = UNSET
            if _recent_calls is not UNSET:
                recent_calls = []
                for recent_calls_item_data in _recent_calls:
                    recent_calls_item = ContactRecentCall.from_dict(recent_calls_item_data)

                    recent_calls.append(recent_calls_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            recent_calls = UNSET
            if _raw_recent_calls is not UNSET:
                d["recent_calls"] = _raw_recent_calls

        _raw_subscriptions = d.pop("subscriptions", UNSET)
        try:
            _fits = _raw_subscriptions is UNSET or isinstance(_raw_subscriptions, list)
            if not _fits:
                raise TypeError()
            _subscriptions = _raw_subscriptions
            subscriptions: list[BasicSubscriptionInfoForContact] | Unset = UNSET
            if _subscriptions is not UNSET:
                subscriptions = []
                for subscriptions_item_data in _subscriptions:
                    subscriptions_item = BasicSubscriptionInfoForContact.from_dict(
                        subscriptions_item_data
                    )

                    subscriptions.append(subscriptions_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            subscriptions = UNSET
            if _raw_subscriptions is not UNSET:
                d["subscriptions"] = _raw_subscriptions

        _raw_timezone = d.pop("timezone", UNSET)
        timezone: None | str | Unset
        if isinstance(_raw_timezone, str) or _raw_timezone is None:
            timezone = _raw_timezone
        else:
            timezone = UNSET
            if _raw_timezone is not UNSET:
                d["timezone"] = _raw_timezone

        _raw_timezone_source = d.pop("timezone_source", UNSET)
        timezone_source: None | str | Unset
        if isinstance(_raw_timezone_source, str) or _raw_timezone_source is None:
            timezone_source = _raw_timezone_source
        else:
            timezone_source = UNSET
            if _raw_timezone_source is not UNSET:
                d["timezone_source"] = _raw_timezone_source

        parsed_obj = cls(
            id=id,
            organization_id=organization_id,
            lead_id=lead_id,
            name=name,
            title=title,
            phones=phones,
            emails=emails,
            urls=urls,
            date_created=date_created,
            date_updated=date_updated,
            created_by=created_by,
            updated_by=updated_by,
            display_name=display_name,
            integration_links=integration_links,
            lead_suggestions_operation_id=lead_suggestions_operation_id,
            recent_calls=recent_calls,
            subscriptions=subscriptions,
            timezone=timezone,
            timezone_source=timezone_source,
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
