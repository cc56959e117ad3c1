from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action_contact_preference import BulkActionContactPreference
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkEmailCreate")


@_attrs_define
class BulkEmailCreate:
    """A bulk email to start.

    Attributes:
        query (str): Lead search query selecting the leads.
        template_id (str):
        contact_preference (BulkActionContactPreference | Unset): `lead`: only the first contact email of each lead;
            `contact`: the first email of every contact.
        send_done_email (bool | Unset): Email a confirmation when done (default true).
    """

    query: str
    template_id: str
    contact_preference: BulkActionContactPreference | Unset = UNSET
    send_done_email: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        template_id = self.template_id

        contact_preference: str | Unset = UNSET
        if not isinstance(self.contact_preference, Unset):
            contact_preference = self.contact_preference.value

        send_done_email = self.send_done_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
                "template_id": template_id,
            }
        )
        if contact_preference is not UNSET:
            field_dict["contact_preference"] = contact_preference
        if send_done_email is not UNSET:
            field_dict["send_done_email"] = send_done_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        template_id = d.pop("template_id")

        _contact_preference = d.pop("contact_preference", UNSET)
        contact_preference: BulkActionContactPreference | Unset
        if isinstance(_contact_preference, Unset):
            contact_preference = UNSET
        else:
            contact_preference = BulkActionContactPreference(_contact_preference)

        send_done_email = d.pop("send_done_email", UNSET)

        bulk_email_create = cls(
            query=query,
            template_id=template_id,
            contact_preference=contact_preference,
            send_done_email=send_done_email,
        )

        bulk_email_create.additional_properties = d
        return bulk_email_create

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
