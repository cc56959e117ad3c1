from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

if TYPE_CHECKING:
    from ..models.contact_url import ContactUrl
    from ..models.email_address_create import EmailAddressCreate
    from ..models.phone_create import PhoneCreate


T = TypeVar("T", bound="ContactCreate")


@_attrs_define
class ContactCreate:
    """A new contact. Custom field values go in `custom.<field id>` keys (additional
    properties).

        Attributes:
            lead_id (str | Unset): The lead the contact belongs to.
            name (str | Unset):
            title (None | str | Unset):
            phones (list[PhoneCreate] | Unset):
            emails (list[EmailAddressCreate] | Unset):
            urls (list[ContactUrl] | Unset):
    """

    lead_id: str | Unset = UNSET
    name: str | Unset = UNSET
    title: None | str | Unset = UNSET
    phones: list[PhoneCreate] | Unset = UNSET
    emails: list[EmailAddressCreate] | Unset = UNSET
    urls: list[ContactUrl] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

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
            raise not_an_object("ContactCreate", src_dict)
        from ..models.contact_url import ContactUrl  # noqa: PLC0415
        from ..models.email_address_create import EmailAddressCreate  # noqa: PLC0415
        from ..models.phone_create import PhoneCreate  # noqa: PLC0415

        d = dict(src_dict)
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
            phones: list[PhoneCreate] | Unset = UNSET
            if _phones is not UNSET:
                phones = []
                for phones_item_data in _phones:
                    phones_item = PhoneCreate.from_dict(phones_item_data)

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
            emails: list[EmailAddressCreate] | Unset = UNSET
            if _emails is not UNSET:
                emails = []
                for emails_item_data in _emails:
                    emails_item = EmailAddressCreate.from_dict(emails_item_data)

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

        parsed_obj = cls(
            lead_id=lead_id,
            name=name,
            title=title,
            phones=phones,
            emails=emails,
            urls=urls,
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
