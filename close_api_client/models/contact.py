from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        organization_id = self.organization_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

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
        from ..models.contact_url import ContactUrl  # noqa: PLC0415
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.phone import Phone  # noqa: PLC0415

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
        lead_id: str | Unset
        if isinstance(_raw_lead_id, str):
            lead_id = _raw_lead_id
        else:
            lead_id = UNSET
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_name = d.pop("name", UNSET)
        name: str | Unset
        if isinstance(_raw_name, str):
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
