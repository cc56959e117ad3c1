from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action_contact_preference import BulkActionContactPreference
from ..models.bulk_sequence_subscription_action_type import BulkSequenceSubscriptionActionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkSequenceSubscriptionCreate")


@_attrs_define
class BulkSequenceSubscriptionCreate:
    """A bulk sequence subscription to start; `subscribe` also needs `sequence_id`, the sender fields and
    `contact_preference`.

        Attributes:
            query (str):
            action_type (BulkSequenceSubscriptionActionType): `subscribe` contacts that never received the sequence;
                `resume` paused, `resume_finished` finished or `pause` active subscriptions.
            sequence_id (str | Unset): The sequence; for the other actions, all sequences when omitted.
            sender_account_id (str | Unset):
            sender_name (str | Unset):
            sender_email (str | Unset):
            contact_preference (BulkActionContactPreference | Unset): `lead`: only the first contact email of each lead;
                `contact`: the first email of every contact.
            send_done_email (bool | Unset):
    """

    query: str
    action_type: BulkSequenceSubscriptionActionType
    sequence_id: str | Unset = UNSET
    sender_account_id: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    sender_email: str | Unset = UNSET
    contact_preference: BulkActionContactPreference | Unset = UNSET
    send_done_email: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        action_type = self.action_type.value

        sequence_id = self.sequence_id

        sender_account_id = self.sender_account_id

        sender_name = self.sender_name

        sender_email = self.sender_email

        contact_preference: str | Unset = UNSET
        if not isinstance(self.contact_preference, Unset):
            contact_preference = self.contact_preference.value

        send_done_email = self.send_done_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
                "action_type": action_type,
            }
        )
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id
        if sender_account_id is not UNSET:
            field_dict["sender_account_id"] = sender_account_id
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if sender_email is not UNSET:
            field_dict["sender_email"] = sender_email
        if contact_preference is not UNSET:
            field_dict["contact_preference"] = contact_preference
        if send_done_email is not UNSET:
            field_dict["send_done_email"] = send_done_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        action_type = BulkSequenceSubscriptionActionType(d.pop("action_type"))

        sequence_id = d.pop("sequence_id", UNSET)

        sender_account_id = d.pop("sender_account_id", UNSET)

        sender_name = d.pop("sender_name", UNSET)

        sender_email = d.pop("sender_email", UNSET)

        _contact_preference = d.pop("contact_preference", UNSET)
        contact_preference: BulkActionContactPreference | Unset
        if isinstance(_contact_preference, Unset):
            contact_preference = UNSET
        else:
            contact_preference = BulkActionContactPreference(_contact_preference)

        send_done_email = d.pop("send_done_email", UNSET)

        bulk_sequence_subscription_create = cls(
            query=query,
            action_type=action_type,
            sequence_id=sequence_id,
            sender_account_id=sender_account_id,
            sender_name=sender_name,
            sender_email=sender_email,
            contact_preference=contact_preference,
            send_done_email=send_done_email,
        )

        bulk_sequence_subscription_create.additional_properties = d
        return bulk_sequence_subscription_create

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
