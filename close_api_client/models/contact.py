from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.contact_url import ContactUrl
    from ..models.email_address import EmailAddress
    from ..models.phone import Phone


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A person at a lead, with phones, emails and URLs. Custom field values appear as
    `custom.<field id>` keys (e.g. `custom.cf_...`, `custom.ccf_...`), kept as additional
    properties.

        Attributes:
            id (str | Unset):
            organization_id (str | Unset):
            lead_id (str | Unset):
            name (str | Unset):
            title (None | str | Unset):
            phones (list[Phone] | Unset):
            emails (list[EmailAddress] | Unset):
            urls (list[ContactUrl] | Unset):
            date_created (datetime.datetime | Unset):
            date_updated (datetime.datetime | Unset):
            created_by (None | str | Unset):
            updated_by (None | str | Unset):
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    lead_id: str | Unset = UNSET
    name: str | Unset = UNSET
    title: None | str | Unset = UNSET
    phones: list[Phone] | Unset = UNSET
    emails: list[EmailAddress] | Unset = UNSET
    urls: list[ContactUrl] | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        lead_id = self.lead_id

        name = self.name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = []
            for phones_item_data in self.phones:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = []
            for urls_item_data in self.urls:
                urls_item = urls_item_data.to_dict()
                urls.append(urls_item)

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if phones is not UNSET:
            field_dict["phones"] = phones
        if emails is not UNSET:
            field_dict["emails"] = emails
        if urls is not UNSET:
            field_dict["urls"] = urls
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_url import ContactUrl  # noqa: PLC0415
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.phone import Phone  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        lead_id = d.pop("lead_id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        _phones = d.pop("phones", UNSET)
        phones: list[Phone] | Unset = UNSET
        if _phones is not UNSET:
            phones = []
            for phones_item_data in _phones:
                phones_item = Phone.from_dict(phones_item_data)

                phones.append(phones_item)

        _emails = d.pop("emails", UNSET)
        emails: list[EmailAddress] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = EmailAddress.from_dict(emails_item_data)

                emails.append(emails_item)

        _urls = d.pop("urls", UNSET)
        urls: list[ContactUrl] | Unset = UNSET
        if _urls is not UNSET:
            urls = []
            for urls_item_data in _urls:
                urls_item = ContactUrl.from_dict(urls_item_data)

                urls.append(urls_item)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        _date_updated = d.pop("date_updated", UNSET)
        date_updated: datetime.datetime | Unset
        if isinstance(_date_updated, Unset):
            date_updated = UNSET
        else:
            date_updated = parse_datetime(_date_updated)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        contact = cls(
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
