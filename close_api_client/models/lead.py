from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

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

        id = self.id

        name: None | str
        name = self.name

        display_name = self.display_name

        description: None | str
        description = self.description

        url: None | str
        url = self.url

        html_url = self.html_url

        status_id = self.status_id

        status_label = self.status_label

        organization_id = self.organization_id

        created_by: None | str
        created_by = self.created_by

        updated_by: None | str
        updated_by = self.updated_by

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        addresses = []
        for addresses_item_data in self.addresses:
            addresses_item = addresses_item_data.to_dict()
            addresses.append(addresses_item)

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        opportunities = []
        for opportunities_item_data in self.opportunities:
            opportunities_item = opportunities_item_data.to_dict()
            opportunities.append(opportunities_item)

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()

        contact_ids: list[str] | Unset = UNSET
        if not isinstance(self.contact_ids, Unset):
            contact_ids = self.contact_ids

        contacts_summary = self.contacts_summary

        created_by_name: None | str | Unset
        if isinstance(self.created_by_name, Unset):
            created_by_name = UNSET
        else:
            created_by_name = self.created_by_name

        integration_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integration_links, Unset):
            integration_links = []
            for integration_links_item_data in self.integration_links:
                integration_links_item = integration_links_item_data.to_dict()
                integration_links.append(integration_links_item)

        localtime: None | str | Unset
        if isinstance(self.localtime, Unset):
            localtime = UNSET
        elif isinstance(self.localtime, datetime.datetime):
            localtime = self.localtime.isoformat()
        else:
            localtime = self.localtime

        primary_address_summary: None | str | Unset
        if isinstance(self.primary_address_summary, Unset):
            primary_address_summary = UNSET
        else:
            primary_address_summary = self.primary_address_summary

        primary_email: dict[str, Any] | None | Unset
        if isinstance(self.primary_email, Unset):
            primary_email = UNSET
        elif isinstance(self.primary_email, EmailAddress):
            primary_email = self.primary_email.to_dict()
        else:
            primary_email = self.primary_email

        primary_phone: dict[str, Any] | None | Unset
        if isinstance(self.primary_phone, Unset):
            primary_phone = UNSET
        elif isinstance(self.primary_phone, Phone):
            primary_phone = self.primary_phone.to_dict()
        else:
            primary_phone = self.primary_phone

        recent_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recent_calls, Unset):
            recent_calls = []
            for recent_calls_item_data in self.recent_calls:
                recent_calls_item = recent_calls_item_data.to_dict()
                recent_calls.append(recent_calls_item)

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        summaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summaries, Unset):
            summaries = []
            for summaries_item_data in self.summaries:
                summaries_item = summaries_item_data.to_dict()
                summaries.append(summaries_item)

        updated_by_name: None | str | Unset
        if isinstance(self.updated_by_name, Unset):
            updated_by_name = UNSET
        else:
            updated_by_name = self.updated_by_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "display_name": display_name,
                "description": description,
                "url": url,
                "html_url": html_url,
                "status_id": status_id,
                "status_label": status_label,
                "organization_id": organization_id,
                "created_by": created_by,
                "updated_by": updated_by,
                "date_created": date_created,
                "date_updated": date_updated,
                "addresses": addresses,
                "contacts": contacts,
                "opportunities": opportunities,
                "tasks": tasks,
            }
        )
        if custom is not UNSET:
            field_dict["custom"] = custom
        if contact_ids is not UNSET:
            field_dict["contact_ids"] = contact_ids
        if contacts_summary is not UNSET:
            field_dict["contacts_summary"] = contacts_summary
        if created_by_name is not UNSET:
            field_dict["created_by_name"] = created_by_name
        if integration_links is not UNSET:
            field_dict["integration_links"] = integration_links
        if localtime is not UNSET:
            field_dict["localtime"] = localtime
        if primary_address_summary is not UNSET:
            field_dict["primary_address_summary"] = primary_address_summary
        if primary_email is not UNSET:
            field_dict["primary_email"] = primary_email
        if primary_phone is not UNSET:
            field_dict["primary_phone"] = primary_phone
        if recent_calls is not UNSET:
            field_dict["recent_calls"] = recent_calls
        if source is not UNSET:
            field_dict["source"] = source
        if summaries is not UNSET:
            field_dict["summaries"] = summaries
        if updated_by_name is not UNSET:
            field_dict["updated_by_name"] = updated_by_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        display_name = d.pop("display_name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        html_url = d.pop("html_url")

        status_id = d.pop("status_id")

        status_label = d.pop("status_label")

        organization_id = d.pop("organization_id")

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

        addresses = []
        _addresses = d.pop("addresses")
        for addresses_item_data in _addresses:
            addresses_item = Address.from_dict(addresses_item_data)

            addresses.append(addresses_item)

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = Contact.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        opportunities = []
        _opportunities = d.pop("opportunities")
        for opportunities_item_data in _opportunities:
            opportunities_item = Opportunity.from_dict(opportunities_item_data)

            opportunities.append(opportunities_item)

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = Task.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        _custom = d.pop("custom", UNSET)
        custom: LeadCustom | Unset
        if isinstance(_custom, Unset):
            custom = UNSET
        else:
            custom = LeadCustom.from_dict(_custom)

        contact_ids = cast(list[str], d.pop("contact_ids", UNSET))

        contacts_summary = d.pop("contacts_summary", UNSET)

        def _parse_created_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_name = _parse_created_by_name(d.pop("created_by_name", UNSET))

        _integration_links = d.pop("integration_links", UNSET)
        integration_links: list[RenderedIntegrationLink] | Unset = UNSET
        if _integration_links is not UNSET:
            integration_links = []
            for integration_links_item_data in _integration_links:
                integration_links_item = RenderedIntegrationLink.from_dict(
                    integration_links_item_data
                )

                integration_links.append(integration_links_item)

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
            return cast(datetime.datetime | None | Unset, data)

        localtime = _parse_localtime(d.pop("localtime", UNSET))

        def _parse_primary_address_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_address_summary = _parse_primary_address_summary(
            d.pop("primary_address_summary", UNSET)
        )

        def _parse_primary_email(data: object) -> EmailAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                primary_email_type_0 = EmailAddress.from_dict(data)

                return primary_email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailAddress | None | Unset, data)

        primary_email = _parse_primary_email(d.pop("primary_email", UNSET))

        def _parse_primary_phone(data: object) -> None | Phone | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                primary_phone_type_0 = Phone.from_dict(data)

                return primary_phone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Phone | Unset, data)

        primary_phone = _parse_primary_phone(d.pop("primary_phone", UNSET))

        _recent_calls = d.pop("recent_calls", UNSET)
        recent_calls: list[LeadRecentCallsItem] | Unset = UNSET
        if _recent_calls is not UNSET:
            recent_calls = []
            for recent_calls_item_data in _recent_calls:
                recent_calls_item = LeadRecentCallsItem.from_dict(recent_calls_item_data)

                recent_calls.append(recent_calls_item)

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        _summaries = d.pop("summaries", UNSET)
        summaries: list[LeadSummariesItem] | Unset = UNSET
        if _summaries is not UNSET:
            summaries = []
            for summaries_item_data in _summaries:
                summaries_item = LeadSummariesItem.from_dict(summaries_item_data)

                summaries.append(summaries_item)

        def _parse_updated_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by_name = _parse_updated_by_name(d.pop("updated_by_name", UNSET))

        lead = cls(
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

        lead.additional_properties = d
        return lead

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
