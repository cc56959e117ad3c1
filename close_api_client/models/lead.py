from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.contact import Contact
    from ..models.email_address import EmailAddress
    from ..models.lead_custom import LeadCustom
    from ..models.lead_recent_calls_item import LeadRecentCallsItem
    from ..models.lead_summaries_item import LeadSummariesItem
    from ..models.opportunity import Opportunity
    from ..models.phone import Phone
    from ..models.rendered_integration_link import RenderedIntegrationLink
    from ..models.task import Task


T = TypeVar("T", bound="Lead")


@_attrs_define
class Lead:
    """A company or organization you sell to. Includes its contacts, opportunities and
    tasks; custom field values appear as `custom.<field id>` keys, kept as additional
    properties.

        Attributes:
            id (str):
            name (None | str):
            display_name (str):
            description (None | str):
            url (None | str):
            html_url (str):
            status_id (str):
            status_label (str):
            organization_id (str):
            created_by (None | str):
            updated_by (None | str):
            date_created (datetime.datetime):
            date_updated (datetime.datetime):
            addresses (list[Address]):
            contacts (list[Contact]):
            opportunities (list[Opportunity]):
            tasks (list[Task]):
            custom (LeadCustom | Unset): Deprecated dict of custom field values by name; use the `custom.<field id>` keys.
            contact_ids (list[str] | Unset):
            contacts_summary (str | Unset):
            created_by_name (None | str | Unset):
            integration_links (list[RenderedIntegrationLink] | Unset):
            localtime (datetime.datetime | None | Unset):
            primary_address_summary (None | str | Unset):
            primary_email (EmailAddress | None | Unset):
            primary_phone (None | Phone | Unset):
            recent_calls (list[LeadRecentCallsItem] | Unset):
            source (None | str | Unset):
            summaries (list[LeadSummariesItem] | Unset):
            updated_by_name (None | str | Unset):
    """

    id: str
    name: None | str
    display_name: str
    description: None | str
    url: None | str
    html_url: str
    status_id: str
    status_label: str
    organization_id: str
    created_by: None | str
    updated_by: None | str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    addresses: list[Address]
    contacts: list[Contact]
    opportunities: list[Opportunity]
    tasks: list[Task]
    custom: LeadCustom | Unset = UNSET
    contact_ids: list[str] | Unset = UNSET
    contacts_summary: str | Unset = UNSET
    created_by_name: None | str | Unset = UNSET
    integration_links: list[RenderedIntegrationLink] | Unset = UNSET
    localtime: datetime.datetime | None | Unset = UNSET
    primary_address_summary: None | str | Unset = UNSET
    primary_email: EmailAddress | None | Unset = UNSET
    primary_phone: None | Phone | Unset = UNSET
    recent_calls: list[LeadRecentCallsItem] | Unset = UNSET
    source: None | str | Unset = UNSET
    summaries: list[LeadSummariesItem] | Unset = UNSET
    updated_by_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.phone import Phone  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.name, Unset):  # absent only if trimmed by _fields
            name: None | str
            name = self.name
            field_dict["name"] = name

        if not isinstance(self.display_name, Unset):  # absent only if trimmed by _fields
            display_name = self.display_name
            field_dict["display_name"] = display_name

        if not isinstance(self.description, Unset):  # absent only if trimmed by _fields
            description: None | str
            description = self.description
            field_dict["description"] = description

        if not isinstance(self.url, Unset):  # absent only if trimmed by _fields
            url: None | str
            url = self.url
            field_dict["url"] = url

        if not isinstance(self.html_url, Unset):  # absent only if trimmed by _fields
            html_url = self.html_url
            field_dict["html_url"] = html_url

        if not isinstance(self.status_id, Unset):  # absent only if trimmed by _fields
            status_id = self.status_id
            field_dict["status_id"] = status_id

        if not isinstance(self.status_label, Unset):  # absent only if trimmed by _fields
            status_label = self.status_label
            field_dict["status_label"] = status_label

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

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

        if not isinstance(self.addresses, Unset):  # absent only if trimmed by _fields
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

            field_dict["addresses"] = addresses

        if not isinstance(self.contacts, Unset):  # absent only if trimmed by _fields
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

            field_dict["contacts"] = contacts

        if not isinstance(self.opportunities, Unset):  # absent only if trimmed by _fields
            opportunities = []
            for opportunities_item_data in self.opportunities:
                opportunities_item = opportunities_item_data.to_dict()
                opportunities.append(opportunities_item)

            field_dict["opportunities"] = opportunities

        if not isinstance(self.tasks, Unset):  # absent only if trimmed by _fields
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

            field_dict["tasks"] = tasks

        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()
        if custom is not UNSET:
            field_dict["custom"] = custom

        contact_ids: list[str] | Unset = UNSET
        if not isinstance(self.contact_ids, Unset):
            contact_ids = self.contact_ids

        if contact_ids is not UNSET:
            field_dict["contact_ids"] = contact_ids

        contacts_summary = self.contacts_summary
        if contacts_summary is not UNSET:
            field_dict["contacts_summary"] = contacts_summary

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name

        integration_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integration_links, Unset):
            integration_links = []
            for integration_links_item_data in self.integration_links:
                integration_links_item = integration_links_item_data.to_dict()
                integration_links.append(integration_links_item)

        if integration_links is not UNSET:
            field_dict["integration_links"] = integration_links

        localtime: None | str | Unset
        if isinstance(self.localtime, Unset):
            localtime = UNSET
        elif isinstance(self.localtime, datetime.datetime):
            localtime = self.localtime.isoformat()
        else:
            localtime = self.localtime
        if localtime is not UNSET:
            field_dict["localtime"] = localtime

        primary_address_summary: None | str | Unset
        if isinstance(self.primary_address_summary, Unset):
            primary_address_summary = UNSET
        else:
            primary_address_summary = self.primary_address_summary
        if primary_address_summary is not UNSET:
            field_dict["primary_address_summary"] = primary_address_summary

        primary_email: dict[str, Any] | None | Unset
        if isinstance(self.primary_email, Unset):
            primary_email = UNSET
        elif isinstance(self.primary_email, EmailAddress):
            primary_email = self.primary_email.to_dict()
        else:
            primary_email = self.primary_email
        if primary_email is not UNSET:
            field_dict["primary_email"] = primary_email

        primary_phone: dict[str, Any] | None | Unset
        if isinstance(self.primary_phone, Unset):
            primary_phone = UNSET
        elif isinstance(self.primary_phone, Phone):
            primary_phone = self.primary_phone.to_dict()
        else:
            primary_phone = self.primary_phone
        if primary_phone is not UNSET:
            field_dict["primary_phone"] = primary_phone

        recent_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recent_calls, Unset):
            recent_calls = []
            for recent_calls_item_data in self.recent_calls:
                recent_calls_item = recent_calls_item_data.to_dict()
                recent_calls.append(recent_calls_item)

        if recent_calls is not UNSET:
            field_dict["recent_calls"] = recent_calls

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source
        if source is not UNSET:
            field_dict["source"] = source

        summaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summaries, Unset):
            summaries = []
            for summaries_item_data in self.summaries:
                summaries_item = summaries_item_data.to_dict()
                summaries.append(summaries_item)

        if summaries is not UNSET:
            field_dict["summaries"] = summaries

        updated_by_name: None | str | Unset
        if isinstance(self.updated_by_name, Unset):
            updated_by_name = UNSET
        else:
            updated_by_name = self.updated_by_name
        if updated_by_name is not UNSET:
            field_dict["updated_by_name"] = updated_by_name

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
            raise not_an_object("Lead", src_dict)
        from ..models.address import Address  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.lead_custom import LeadCustom  # noqa: PLC0415
        from ..models.lead_recent_calls_item import LeadRecentCallsItem  # noqa: PLC0415
        from ..models.lead_summaries_item import LeadSummariesItem  # noqa: PLC0415
        from ..models.opportunity import Opportunity  # noqa: PLC0415
        from ..models.phone import Phone  # noqa: PLC0415
        from ..models.rendered_integration_link import RenderedIntegrationLink  # noqa: PLC0415
        from ..models.task import Task  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_name = d.pop("name", UNSET)
        name: None | str
        if isinstance(_raw_name, str) or _raw_name is None:
            name = _raw_name
        else:
            name = MISSING
            if _raw_name is not UNSET:
                d["name"] = _raw_name

        _raw_display_name = d.pop("display_name", UNSET)
        display_name: str
        if isinstance(_raw_display_name, str):
            display_name = _raw_display_name
        else:
            display_name = MISSING
            if _raw_display_name is not UNSET:
                d["display_name"] = _raw_display_name

        _raw_description = d.pop("description", UNSET)
        description: None | str
        if isinstance(_raw_description, str) or _raw_description is None:
            description = _raw_description
        else:
            description = MISSING
            if _raw_description is not UNSET:
                d["description"] = _raw_description

        _raw_url = d.pop("url", UNSET)
        url: None | str
        if isinstance(_raw_url, str) or _raw_url is None:
            url = _raw_url
        else:
            url = MISSING
            if _raw_url is not UNSET:
                d["url"] = _raw_url

        _raw_html_url = d.pop("html_url", UNSET)
        html_url: str
        if isinstance(_raw_html_url, str):
            html_url = _raw_html_url
        else:
            html_url = MISSING
            if _raw_html_url is not UNSET:
                d["html_url"] = _raw_html_url

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

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = MISSING
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

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

        _raw_addresses = d.pop("addresses", UNSET)
        try:
            _fits = _raw_addresses is not UNSET and isinstance(_raw_addresses, list)
            if not _fits:
                raise TypeError()
            addresses = []
            _addresses = _raw_addresses
            for addresses_item_data in _addresses:
                addresses_item = Address.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            addresses = MISSING
            if _raw_addresses is not UNSET:
                d["addresses"] = _raw_addresses

        _raw_contacts = d.pop("contacts", UNSET)
        try:
            _fits = _raw_contacts is not UNSET and isinstance(_raw_contacts, list)
            if not _fits:
                raise TypeError()
            contacts = []
            _contacts = _raw_contacts
            for contacts_item_data in _contacts:
                contacts_item = Contact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            contacts = MISSING
            if _raw_contacts is not UNSET:
                d["contacts"] = _raw_contacts

        _raw_opportunities = d.pop("opportunities", UNSET)
        try:
            _fits = _raw_opportunities is not UNSET and isinstance(_raw_opportunities, list)
            if not _fits:
                raise TypeError()
            opportunities = []
            _opportunities = _raw_opportunities
            for opportunities_item_data in _opportunities:
                opportunities_item = Opportunity.from_dict(opportunities_item_data)

                opportunities.append(opportunities_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            opportunities = MISSING
            if _raw_opportunities is not UNSET:
                d["opportunities"] = _raw_opportunities

        _raw_tasks = d.pop("tasks", UNSET)
        try:
            _fits = _raw_tasks is not UNSET and isinstance(_raw_tasks, list)
            if not _fits:
                raise TypeError()
            tasks = []
            _tasks = _raw_tasks
            for tasks_item_data in _tasks:
                tasks_item = Task.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            tasks = MISSING
            if _raw_tasks is not UNSET:
                d["tasks"] = _raw_tasks

        _raw_custom = d.pop("custom", UNSET)
        try:
            _fits = _raw_custom is UNSET or isinstance(_raw_custom, dict)
            if not _fits:
                raise TypeError()
            _custom = _raw_custom
            custom: LeadCustom | Unset
            if isinstance(_custom, Unset):
                custom = UNSET
            else:
                custom = LeadCustom.from_dict(_custom)

        except (TypeError, ValueError, AttributeError, KeyError):
            custom = UNSET
            if _raw_custom is not UNSET:
                d["custom"] = _raw_custom

        _raw_contact_ids = d.pop("contact_ids", UNSET)
        contact_ids: list[str] | Unset
        if isinstance(_raw_contact_ids, list) and all(
            isinstance(item, str) for item in _raw_contact_ids
        ):
            contact_ids = _raw_contact_ids
        else:
            contact_ids = UNSET
            if _raw_contact_ids is not UNSET:
                d["contact_ids"] = _raw_contact_ids

        _raw_contacts_summary = d.pop("contacts_summary", UNSET)
        contacts_summary: str | Unset
        if isinstance(_raw_contacts_summary, str):
            contacts_summary = _raw_contacts_summary
        else:
            contacts_summary = UNSET
            if _raw_contacts_summary is not UNSET:
                d["contacts_summary"] = _raw_contacts_summary

        _raw_created_by_name = d.pop("created_by_name", UNSET)
        created_by_name: None | str | Unset
        if isinstance(_raw_created_by_name, str) or _raw_created_by_name is None:
            created_by_name = _raw_created_by_name
        else:
            created_by_name = UNSET
            if _raw_created_by_name is not UNSET:
                d["created_by_name"] = _raw_created_by_name

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

        _raw_localtime = d.pop("localtime", UNSET)
        try:

            def _parse_localtime(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()

                    localtime_type_0 = parse_datetime(data)

                    return localtime_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(datetime.datetime | None | Unset, data)

            localtime = _parse_localtime(_raw_localtime)

        except (TypeError, ValueError, AttributeError, KeyError):
            localtime = UNSET
            if _raw_localtime is not UNSET:
                d["localtime"] = _raw_localtime

        _raw_primary_address_summary = d.pop("primary_address_summary", UNSET)
        primary_address_summary: None | str | Unset
        if isinstance(_raw_primary_address_summary, str) or _raw_primary_address_summary is None:
            primary_address_summary = _raw_primary_address_summary
        else:
            primary_address_summary = UNSET
            if _raw_primary_address_summary is not UNSET:
                d["primary_address_summary"] = _raw_primary_address_summary

        _raw_primary_email = d.pop("primary_email", UNSET)
        try:

            def _parse_primary_email(data: object) -> EmailAddress | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not EmailAddress._carries_constants(data):
                        raise TypeError()

                    primary_email_type_0 = EmailAddress.from_dict(data)

                    return primary_email_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(EmailAddress | None | Unset, data)

            primary_email = _parse_primary_email(_raw_primary_email)

        except (TypeError, ValueError, AttributeError, KeyError):
            primary_email = UNSET
            if _raw_primary_email is not UNSET:
                d["primary_email"] = _raw_primary_email

        _raw_primary_phone = d.pop("primary_phone", UNSET)
        try:

            def _parse_primary_phone(data: object) -> None | Phone | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not Phone._carries_constants(data):
                        raise TypeError()

                    primary_phone_type_0 = Phone.from_dict(data)

                    return primary_phone_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(None | Phone | Unset, data)

            primary_phone = _parse_primary_phone(_raw_primary_phone)

        except (TypeError, ValueError, AttributeError, KeyError):
            primary_phone = UNSET
            if _raw_primary_phone is not UNSET:
                d["primary_phone"] = _raw_primary_phone

        _raw_recent_calls = d.pop("recent_calls", UNSET)
        try:
            _fits = _raw_recent_calls is UNSET or isinstance(_raw_recent_calls, list)
            if not _fits:
                raise TypeError()
            _recent_calls = _raw_recent_calls
            recent_calls: list[LeadRecentCallsItem] | Unset = UNSET
            if _recent_calls is not UNSET:
                recent_calls = []
                for recent_calls_item_data in _recent_calls:
                    recent_calls_item = LeadRecentCallsItem.from_dict(recent_calls_item_data)

                    recent_calls.append(recent_calls_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            recent_calls = UNSET
            if _raw_recent_calls is not UNSET:
                d["recent_calls"] = _raw_recent_calls

        _raw_source = d.pop("source", UNSET)
        source: None | str | Unset
        if isinstance(_raw_source, str) or _raw_source is None:
            source = _raw_source
        else:
            source = UNSET
            if _raw_source is not UNSET:
                d["source"] = _raw_source

        _raw_summaries = d.pop("summaries", UNSET)
        try:
            _fits = _raw_summaries is UNSET or isinstance(_raw_summaries, list)
            if not _fits:
                raise TypeError()
            _summaries = _raw_summaries
            summaries: list[LeadSummariesItem] | Unset = UNSET
            if _summaries is not UNSET:
                summaries = []
                for summaries_item_data in _summaries:
                    summaries_item = LeadSummariesItem.from_dict(summaries_item_data)

                    summaries.append(summaries_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            summaries = UNSET
            if _raw_summaries is not UNSET:
                d["summaries"] = _raw_summaries

        _raw_updated_by_name = d.pop("updated_by_name", UNSET)
        updated_by_name: None | str | Unset
        if isinstance(_raw_updated_by_name, str) or _raw_updated_by_name is None:
            updated_by_name = _raw_updated_by_name
        else:
            updated_by_name = UNSET
            if _raw_updated_by_name is not UNSET:
                d["updated_by_name"] = _raw_updated_by_name

        parsed_obj = cls(
            id=id,
            name=name,
            display_name=display_name,
            description=description,
            url=url,
            html_url=html_url,
            status_id=status_id,
            status_label=status_label,
            organization_id=organization_id,
            created_by=created_by,
            updated_by=updated_by,
            date_created=date_created,
            date_updated=date_updated,
            addresses=addresses,
            contacts=contacts,
            opportunities=opportunities,
            tasks=tasks,
            custom=custom,
            contact_ids=contact_ids,
            contacts_summary=contacts_summary,
            created_by_name=created_by_name,
            integration_links=integration_links,
            localtime=localtime,
            primary_address_summary=primary_address_summary,
            primary_email=primary_email,
            primary_phone=primary_phone,
            recent_calls=recent_calls,
            source=source,
            summaries=summaries,
            updated_by_name=updated_by_name,
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
