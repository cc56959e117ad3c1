from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        if not isinstance(self.name, Unset):  # absent only if trimmed by _fields
            name: None | str
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.title, Unset):  # absent only if trimmed by _fields
            title: None | str
            title = self.title
            field_dict["title"] = title

        if not isinstance(self.phones, Unset):  # absent only if trimmed by _fields
            phones = []
            for phones_item_data in self.phones:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

            field_dict["phones"] = phones

        if not isinstance(self.emails, Unset):  # absent only if trimmed by _fields
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

            field_dict["emails"] = emails

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        if not isinstance(self.created_by, Unset):  # absent only if trimmed by _fields
            created_by: None | str
            created_by = self.created_by
            field_dict["created_by"] = created_by

        if not isinstance(self.updated_by, Unset):  # absent only if trimmed by _fields
            updated_by: None | str
            updated_by = self.updated_by
            field_dict["updated_by"] = updated_by

        lead_id: None | str | Unset
        if isinstance(self.lead_id, Unset):
            lead_id = UNSET
        else:
            lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

        urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = []
            for urls_item_data in self.urls:
                urls_item = urls_item_data.to_dict()
                urls.append(urls_item)

        if urls is not UNSET:
            field_dict["urls"] = urls

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
            raise not_an_object("Contact", src_dict)
        from ..models.basic_subscription_info_for_contact import BasicSubscriptionInfoForContact  # noqa: PLC0415
        from ..models.contact_recent_call import ContactRecentCall  # noqa: PLC0415
        from ..models.contact_url import ContactUrl  # noqa: PLC0415
        from ..models.email_address import EmailAddress  # noqa: PLC0415
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

        _raw_name = d.pop("name", UNSET)
        name: None | str
        if isinstance(_raw_name, str) or _raw_name is None:
            name = _raw_name
        else:
            name = MISSING
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_title = d.pop("title", UNSET)
        title: None | str
        if isinstance(_raw_title, str) or _raw_title is None:
            title = _raw_title
        else:
            title = MISSING
            if _raw_title is not UNSET:
                d["title"] = _raw_title

        _raw_phones = d.pop("phones", UNSET)
        try:
            _fits = _raw_phones is not UNSET and isinstance(_raw_phones, list)
            if not _fits:
                raise TypeError()
            phones = []
            _phones = _raw_phones
            for phones_item_data in _phones:
                phones_item = Phone.from_dict(phones_item_data)

                phones.append(phones_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            phones = MISSING
            if _raw_phones is not UNSET:
                d["phones"] = _raw_phones

        _raw_emails = d.pop("emails", UNSET)
        try:
            _fits = _raw_emails is not UNSET and isinstance(_raw_emails, list)
            if not _fits:
                raise TypeError()
            emails = []
            _emails = _raw_emails
            for emails_item_data in _emails:
                emails_item = EmailAddress.from_dict(emails_item_data)

                emails.append(emails_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            emails = MISSING
            if _raw_emails is not UNSET:
                d["emails"] = _raw_emails

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

        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: None | str | Unset
        if isinstance(_raw_lead_id, str) or _raw_lead_id is None:
            lead_id = _raw_lead_id
        else:
            lead_id = UNSET
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

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
