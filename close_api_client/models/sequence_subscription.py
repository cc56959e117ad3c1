from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sequence_subscription_status import SequenceSubscriptionStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="SequenceSubscription")


@_attrs_define
class SequenceSubscription:
    """A contact subscribed to a sequence.

    Attributes:
        id (str | Unset): `sub_...`
        organization_id (str | Unset):
        sequence_id (str | Unset):
        contact_id (str | Unset):
        contact_email (str | Unset):
        status (SequenceSubscriptionStatus | Unset): The state of a subscription.
        sender_account_id (str | Unset): The connected email account (`emailacct_...`) that sends.
        sender_name (str | Unset):
        sender_email (str | Unset):
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
        created_by_id (None | str | Unset):
        updated_by_id (None | str | Unset):
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    sequence_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    contact_email: str | Unset = UNSET
    status: SequenceSubscriptionStatus | Unset = UNSET
    sender_account_id: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    sender_email: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    updated_by_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        sequence_id = self.sequence_id

        contact_id = self.contact_id

        contact_email = self.contact_email

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        sender_account_id = self.sender_account_id

        sender_name = self.sender_name

        sender_email = self.sender_email

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        updated_by_id: None | str | Unset
        if isinstance(self.updated_by_id, Unset):
            updated_by_id = UNSET
        else:
            updated_by_id = self.updated_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if status is not UNSET:
            field_dict["status"] = status
        if sender_account_id is not UNSET:
            field_dict["sender_account_id"] = sender_account_id
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if sender_email is not UNSET:
            field_dict["sender_email"] = sender_email
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if updated_by_id is not UNSET:
            field_dict["updated_by_id"] = updated_by_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        sequence_id = d.pop("sequence_id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        contact_email = d.pop("contact_email", UNSET)

        _status = d.pop("status", UNSET)
        status: SequenceSubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SequenceSubscriptionStatus(_status)

        sender_account_id = d.pop("sender_account_id", UNSET)

        sender_name = d.pop("sender_name", UNSET)

        sender_email = d.pop("sender_email", UNSET)

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

        def _parse_created_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id", UNSET))

        def _parse_updated_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by_id = _parse_updated_by_id(d.pop("updated_by_id", UNSET))

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
