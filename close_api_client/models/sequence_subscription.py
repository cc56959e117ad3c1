from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        organization_id = self.organization_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        sequence_id = self.sequence_id
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id

        contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        contact_email = self.contact_email
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status

        sender_account_id = self.sender_account_id
        if sender_account_id is not UNSET:
            field_dict["sender_account_id"] = sender_account_id

        sender_name = self.sender_name
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name

        sender_email = self.sender_email
        if sender_email is not UNSET:
            field_dict["sender_email"] = sender_email

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

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id

        updated_by_id: None | str | Unset
        if isinstance(self.updated_by_id, Unset):
            updated_by_id = UNSET
        else:
            updated_by_id = self.updated_by_id
        if updated_by_id is not UNSET:
            field_dict["updated_by_id"] = updated_by_id

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

        _raw_sequence_id = d.pop("sequence_id", UNSET)
        sequence_id: str | Unset
        if isinstance(_raw_sequence_id, str):
            sequence_id = _raw_sequence_id
        else:
            sequence_id = UNSET
            if _raw_sequence_id is not UNSET:
                d["sequence_id"] = _raw_sequence_id

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: str | Unset
        if isinstance(_raw_contact_id, str):
            contact_id = _raw_contact_id
        else:
            contact_id = UNSET
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_contact_email = d.pop("contact_email", UNSET)
        contact_email: str | Unset
        if isinstance(_raw_contact_email, str):
            contact_email = _raw_contact_email
        else:
            contact_email = UNSET
            if _raw_contact_email is not UNSET:
                d["contact_email"] = _raw_contact_email

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: SequenceSubscriptionStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = SequenceSubscriptionStatus(_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = UNSET
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_sender_account_id = d.pop("sender_account_id", UNSET)
        sender_account_id: str | Unset
        if isinstance(_raw_sender_account_id, str):
            sender_account_id = _raw_sender_account_id
        else:
            sender_account_id = UNSET
            if _raw_sender_account_id is not UNSET:
                d["sender_account_id"] = _raw_sender_account_id

        _raw_sender_name = d.pop("sender_name", UNSET)
        sender_name: str | Unset
        if isinstance(_raw_sender_name, str):
            sender_name = _raw_sender_name
        else:
            sender_name = UNSET
            if _raw_sender_name is not UNSET:
                d["sender_name"] = _raw_sender_name

        _raw_sender_email = d.pop("sender_email", UNSET)
        sender_email: str | Unset
        if isinstance(_raw_sender_email, str):
            sender_email = _raw_sender_email
        else:
            sender_email = UNSET
            if _raw_sender_email is not UNSET:
                d["sender_email"] = _raw_sender_email

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

        _raw_created_by_id = d.pop("created_by_id", UNSET)
        created_by_id: None | str | Unset
        if isinstance(_raw_created_by_id, str) or _raw_created_by_id is None:
            created_by_id = _raw_created_by_id
        else:
            created_by_id = UNSET
            if _raw_created_by_id is not UNSET:
                d["created_by_id"] = _raw_created_by_id

        _raw_updated_by_id = d.pop("updated_by_id", UNSET)
        updated_by_id: None | str | Unset
        if isinstance(_raw_updated_by_id, str) or _raw_updated_by_id is None:
            updated_by_id = _raw_updated_by_id
        else:
            updated_by_id = UNSET
            if _raw_updated_by_id is not UNSET:
                d["updated_by_id"] = _raw_updated_by_id

        parsed_obj = cls(
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
