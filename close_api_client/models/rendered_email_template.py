from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RenderedEmailTemplate")


@_attrs_define
class RenderedEmailTemplate:
    """An email template filled in for one recipient (empty when there is no such entry).

    Attributes:
        lead_id (str | Unset):
        lead_display_name (str | Unset):
        contact_id (str | Unset):
        contact_display_name (str | Unset):
        email (str | Unset):
        subject (str | Unset):
        body (str | Unset):
    """

    lead_id: str | Unset = UNSET
    lead_display_name: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    contact_display_name: str | Unset = UNSET
    email: str | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_id = self.lead_id

        lead_display_name = self.lead_display_name

        contact_id = self.contact_id

        contact_display_name = self.contact_display_name

        email = self.email

        subject = self.subject

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if lead_display_name is not UNSET:
            field_dict["lead_display_name"] = lead_display_name
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if contact_display_name is not UNSET:
            field_dict["contact_display_name"] = contact_display_name
        if email is not UNSET:
            field_dict["email"] = email
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lead_id = d.pop("lead_id", UNSET)

        lead_display_name = d.pop("lead_display_name", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        contact_display_name = d.pop("contact_display_name", UNSET)

        email = d.pop("email", UNSET)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        rendered_email_template = cls(
            lead_id=lead_id,
            lead_display_name=lead_display_name,
            contact_id=contact_id,
            contact_display_name=contact_display_name,
            email=email,
            subject=subject,
            body=body,
        )

        rendered_email_template.additional_properties = d
        return rendered_email_template

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
