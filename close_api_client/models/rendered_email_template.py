from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

        lead_display_name = self.lead_display_name
        if lead_display_name is not UNSET:
            field_dict["lead_display_name"] = lead_display_name

        contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        contact_display_name = self.contact_display_name
        if contact_display_name is not UNSET:
            field_dict["contact_display_name"] = contact_display_name

        email = self.email
        if email is not UNSET:
            field_dict["email"] = email

        subject = self.subject
        if subject is not UNSET:
            field_dict["subject"] = subject

        body = self.body
        if body is not UNSET:
            field_dict["body"] = body

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
            raise not_an_object("RenderedEmailTemplate", src_dict)
        d = dict(src_dict)
        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: str | Unset
        if isinstance(_raw_lead_id, str):
            lead_id = _raw_lead_id
        else:
            lead_id = UNSET
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_lead_display_name = d.pop("lead_display_name", UNSET)
        lead_display_name: str | Unset
        if isinstance(_raw_lead_display_name, str):
            lead_display_name = _raw_lead_display_name
        else:
            lead_display_name = UNSET
            if _raw_lead_display_name is not UNSET:
                d["lead_display_name"] = _raw_lead_display_name

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: str | Unset
        if isinstance(_raw_contact_id, str):
            contact_id = _raw_contact_id
        else:
            contact_id = UNSET
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_contact_display_name = d.pop("contact_display_name", UNSET)
        contact_display_name: str | Unset
        if isinstance(_raw_contact_display_name, str):
            contact_display_name = _raw_contact_display_name
        else:
            contact_display_name = UNSET
            if _raw_contact_display_name is not UNSET:
                d["contact_display_name"] = _raw_contact_display_name

        _raw_email = d.pop("email", UNSET)
        email: str | Unset
        if isinstance(_raw_email, str):
            email = _raw_email
        else:
            email = UNSET
            if _raw_email is not UNSET:
                d["email"] = _raw_email

        _raw_subject = d.pop("subject", UNSET)
        subject: str | Unset
        if isinstance(_raw_subject, str):
            subject = _raw_subject
        else:
            subject = UNSET
            if _raw_subject is not UNSET:
                d["subject"] = _raw_subject

        _raw_body = d.pop("body", UNSET)
        body: str | Unset
        if isinstance(_raw_body, str):
            body = _raw_body
        else:
            body = UNSET
            if _raw_body is not UNSET:
                d["body"] = _raw_body

        parsed_obj = cls(
            lead_id=lead_id,
            lead_display_name=lead_display_name,
            contact_id=contact_id,
            contact_display_name=contact_display_name,
            email=email,
            subject=subject,
            body=body,
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
