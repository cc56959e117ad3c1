from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sequence_subscription_status import SequenceSubscriptionStatus
from ..types import parse_datetime

T = TypeVar("T", bound="SequenceSubscription")


@_attrs_define
class SequenceSubscription:
    """A contact subscribed to a sequence.

    Attributes:
        id (str): `sub_...`
        organization_id (str):
        sequence_id (str):
        contact_id (str):
        contact_email (str):
        status (SequenceSubscriptionStatus): The state of a subscription.
        sender_account_id (str): The connected email account (`emailacct_...`) that sends.
        sender_name (str):
        sender_email (str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        created_by_id (None | str):
        updated_by_id (None | str):
    """

    id: str
    organization_id: str
    sequence_id: str
    contact_id: str
    contact_email: str
    status: SequenceSubscriptionStatus
    sender_account_id: str
    sender_name: str
    sender_email: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    created_by_id: None | str
    updated_by_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        sequence_id = self.sequence_id

        contact_id = self.contact_id

        contact_email = self.contact_email

        status = self.status.value

        sender_account_id = self.sender_account_id

        sender_name = self.sender_name

        sender_email = self.sender_email

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        created_by_id: None | str
        created_by_id = self.created_by_id

        updated_by_id: None | str
        updated_by_id = self.updated_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "sequence_id": sequence_id,
                "contact_id": contact_id,
                "contact_email": contact_email,
                "status": status,
                "sender_account_id": sender_account_id,
                "sender_name": sender_name,
                "sender_email": sender_email,
                "date_created": date_created,
                "date_updated": date_updated,
                "created_by_id": created_by_id,
                "updated_by_id": updated_by_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        sequence_id = d.pop("sequence_id")

        contact_id = d.pop("contact_id")

        contact_email = d.pop("contact_email")

        status = SequenceSubscriptionStatus(d.pop("status"))

        sender_account_id = d.pop("sender_account_id")

        sender_name = d.pop("sender_name")

        sender_email = d.pop("sender_email")

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        def _parse_created_by_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id"))

        def _parse_updated_by_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by_id = _parse_updated_by_id(d.pop("updated_by_id"))

        sequence_subscription = cls(
            id=id,
            organization_id=organization_id,
            sequence_id=sequence_id,
            contact_id=contact_id,
            contact_email=contact_email,
            status=status,
            sender_account_id=sender_account_id,
            sender_name=sender_name,
            sender_email=sender_email,
            date_created=date_created,
            date_updated=date_updated,
            created_by_id=created_by_id,
            updated_by_id=updated_by_id,
        )

        sequence_subscription.additional_properties = d
        return sequence_subscription

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
