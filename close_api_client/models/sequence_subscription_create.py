from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.sequence_id, Unset):  # absent only if trimmed by _fields
            sequence_id = self.sequence_id
            field_dict["sequence_id"] = sequence_id

        if not isinstance(self.contact_id, Unset):  # absent only if trimmed by _fields
            contact_id = self.contact_id
            field_dict["contact_id"] = contact_id

        contact_email = self.contact_email
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email

        sender_account_id = self.sender_account_id
        if sender_account_id is not UNSET:
            field_dict["sender_account_id"] = sender_account_id

        sender_name = self.sender_name
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name

        sender_email = self.sender_email
        if sender_email is not UNSET:
            field_dict["sender_email"] = sender_email

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
            raise not_an_object("SequenceSubscriptionCreate", src_dict)
        d = dict(src_dict)
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
        contact_email: str | Unset
        if isinstance(_raw_contact_email, str):
            contact_email = _raw_contact_email
        else:
            contact_email = UNSET
            if _raw_contact_email is not UNSET:
                d["contact_email"] = _raw_contact_email

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

        parsed_obj = cls(
            sequence_id=sequence_id,
            contact_id=contact_id,
            contact_email=contact_email,
            sender_account_id=sender_account_id,
            sender_name=sender_name,
            sender_email=sender_email,
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
