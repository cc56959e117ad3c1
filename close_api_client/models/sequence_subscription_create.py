from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SequenceSubscriptionCreate")


@_attrs_define
class SequenceSubscriptionCreate:
    """A contact to subscribe to a sequence.

    Attributes:
        sequence_id (str):
        contact_id (str):
        contact_email (str | Unset): The contact's address to send to.
        sender_account_id (str | Unset):
        sender_name (str | Unset):
        sender_email (str | Unset):
    """

    sequence_id: str
    contact_id: str
    contact_email: str | Unset = UNSET
    sender_account_id: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    sender_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequence_id = self.sequence_id

        contact_id = self.contact_id

        contact_email = self.contact_email

        sender_account_id = self.sender_account_id

        sender_name = self.sender_name

        sender_email = self.sender_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sequence_id": sequence_id,
                "contact_id": contact_id,
            }
        )
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if sender_account_id is not UNSET:
            field_dict["sender_account_id"] = sender_account_id
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if sender_email is not UNSET:
            field_dict["sender_email"] = sender_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sequence_id = d.pop("sequence_id")

        contact_id = d.pop("contact_id")

        contact_email = d.pop("contact_email", UNSET)

        sender_account_id = d.pop("sender_account_id", UNSET)

        sender_name = d.pop("sender_name", UNSET)

        sender_email = d.pop("sender_email", UNSET)

        sequence_subscription_create = cls(
            sequence_id=sequence_id,
            contact_id=contact_id,
            contact_email=contact_email,
            sender_account_id=sender_account_id,
            sender_name=sender_name,
            sender_email=sender_email,
        )

        sequence_subscription_create.additional_properties = d
        return sequence_subscription_create

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
