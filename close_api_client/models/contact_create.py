from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_url import ContactUrl
    from ..models.email_address import EmailAddress
    from ..models.phone import Phone


T = TypeVar("T", bound="ContactCreate")


@_attrs_define
class ContactCreate:
    """A new contact. Custom field values go in `custom.<field id>` keys (additional
    properties).

        Attributes:
            lead_id (str | Unset): The lead the contact belongs to.
            name (str | Unset):
            title (None | str | Unset):
            phones (list[Phone] | Unset):
            emails (list[EmailAddress] | Unset):
            urls (list[ContactUrl] | Unset):
    """

    lead_id: str | Unset = UNSET
    name: str | Unset = UNSET
    title: None | str | Unset = UNSET
    phones: list[Phone] | Unset = UNSET
    emails: list[EmailAddress] | Unset = UNSET
    urls: list[ContactUrl] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_url import ContactUrl  # noqa: PLC0415
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.phone import Phone  # noqa: PLC0415

        d = dict(src_dict)
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

        contact_create = cls(
            lead_id=lead_id,
            name=name,
            title=title,
            phones=phones,
            emails=emails,
            urls=urls,
        )

        contact_create.additional_properties = d
        return contact_create

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
