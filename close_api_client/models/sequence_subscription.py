from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sequence_subscription_status import SequenceSubscriptionStatus
from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        if not isinstance(self.sequence_id, Unset):  # absent only if trimmed by _fields
            sequence_id = self.sequence_id
            field_dict["sequence_id"] = sequence_id

        if not isinstance(self.contact_id, Unset):  # absent only if trimmed by _fields
            contact_id = self.contact_id
            field_dict["contact_id"] = contact_id

        if not isinstance(self.contact_email, Unset):  # absent only if trimmed by _fields
            contact_email = self.contact_email
            field_dict["contact_email"] = contact_email

        if not isinstance(self.status, Unset):  # absent only if trimmed by _fields
            status = self.status.value
            field_dict["status"] = status

        if not isinstance(self.sender_account_id, Unset):  # absent only if trimmed by _fields
            sender_account_id = self.sender_account_id
            field_dict["sender_account_id"] = sender_account_id

        if not isinstance(self.sender_name, Unset):  # absent only if trimmed by _fields
            sender_name = self.sender_name
            field_dict["sender_name"] = sender_name

        if not isinstance(self.sender_email, Unset):  # absent only if trimmed by _fields
            sender_email = self.sender_email
            field_dict["sender_email"] = sender_email

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        if not isinstance(self.created_by_id, Unset):  # absent only if trimmed by _fields
            created_by_id: None | str
            created_by_id = self.created_by_id
            field_dict["created_by_id"] = created_by_id

        if not isinstance(self.updated_by_id, Unset):  # absent only if trimmed by _fields
            updated_by_id: None | str
            updated_by_id = self.updated_by_id
            field_dict["updated_by_id"] = updated_by_id

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
            raise not_an_object("SequenceSubscription", src_dict)
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = MISSING
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_sequence_id = d.pop("sequence_id", UNSET)
        sequence_id: str
        if isinstance(_raw_sequence_id, str):
            sequence_id = _raw_sequence_id
        else:
            sequence_id = MISSING
            if _raw_sequence_id is not UNSET:
                d["sequence_id"] = _raw_sequence_id

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: str
        if isinstance(_raw_contact_id, str):
            contact_id = _raw_contact_id
        else:
            contact_id = MISSING
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_contact_email = d.pop("contact_email", UNSET)
        contact_email: str
        if isinstance(_raw_contact_email, str):
            contact_email = _raw_contact_email
        else:
            contact_email = MISSING
            if _raw_contact_email is not UNSET:
                d["contact_email"] = _raw_contact_email

        _raw_status = d.pop("status", UNSET)
        try:
            _fits = _raw_status is not UNSET
            if not _fits:
                raise TypeError()
            status = SequenceSubscriptionStatus(_raw_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = MISSING
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        _raw_sender_account_id = d.pop("sender_account_id", UNSET)
        sender_account_id: str
        if isinstance(_raw_sender_account_id, str):
            sender_account_id = _raw_sender_account_id
        else:
            sender_account_id = MISSING
            if _raw_sender_account_id is not UNSET:
                d["sender_account_id"] = _raw_sender_account_id

        _raw_sender_name = d.pop("sender_name", UNSET)
        sender_name: str
        if isinstance(_raw_sender_name, str):
            sender_name = _raw_sender_name
        else:
            sender_name = MISSING
            if _raw_sender_name is not UNSET:
                d["sender_name"] = _raw_sender_name

        _raw_sender_email = d.pop("sender_email", UNSET)
        sender_email: str
        if isinstance(_raw_sender_email, str):
            sender_email = _raw_sender_email
        else:
            sender_email = MISSING
            if _raw_sender_email is not UNSET:
                d["sender_email"] = _raw_sender_email

        _raw_date_created = d.pop("date_created", UNSET)
        try:
            _fits = _raw_date_created is not UNSET
            if not _fits:
                raise TypeError()
            date_created = parse_datetime(_raw_date_created)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_created = MISSING
            if _raw_date_created is not UNSET:
                d["date_created"] = _raw_date_created

        _raw_date_updated = d.pop("date_updated", UNSET)
        try:
            _fits = _raw_date_updated is not UNSET
            if not _fits:
                raise TypeError()
            date_updated = parse_datetime(_raw_date_updated)

        except (TypeError, ValueError, AttributeError, KeyError):
            date_updated = MISSING
            if _raw_date_updated is not UNSET:
                d["date_updated"] = _raw_date_updated

        _raw_created_by_id = d.pop("created_by_id", UNSET)
        created_by_id: None | str
        if isinstance(_raw_created_by_id, str) or _raw_created_by_id is None:
            created_by_id = _raw_created_by_id
        else:
            created_by_id = MISSING
            if _raw_created_by_id is not UNSET:
                d["created_by_id"] = _raw_created_by_id

        _raw_updated_by_id = d.pop("updated_by_id", UNSET)
        updated_by_id: None | str
        if isinstance(_raw_updated_by_id, str) or _raw_updated_by_id is None:
            updated_by_id = _raw_updated_by_id
        else:
            updated_by_id = MISSING
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
