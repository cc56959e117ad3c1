from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, not_an_object, parse_datetime

if TYPE_CHECKING:
    from ..models.connected_account import ConnectedAccount
    from ..models.phone_number import PhoneNumber


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A Close user account. On `/me/` the same object also carries `last_used_timezone`, `email_accounts` and
    `phone_numbers`, and `organizations` holds full objects.

        Attributes:
            id (str): `user_...`
            email (str):
            first_name (str):
            last_name (str):
            image (str): Avatar URL.
            date_created (datetime.datetime):
            date_updated (datetime.datetime):
            last_used_timezone (str | Unset): IANA time zone name, e.g. `America/Denver` (shown on `/me/`).
            email_accounts (list[ConnectedAccount] | Unset): The user's connected email accounts (shown on `/me/`).
            phone_numbers (list[PhoneNumber] | Unset): The user's phone numbers (shown on `/me/`).
    """

    id: str
    email: str
    first_name: str
    last_name: str
    image: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    last_used_timezone: str | Unset = UNSET
    email_accounts: list[ConnectedAccount] | Unset = UNSET
    phone_numbers: list[PhoneNumber] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.email, Unset):  # absent only if trimmed by _fields
            email = self.email
            field_dict["email"] = email

        if not isinstance(self.first_name, Unset):  # absent only if trimmed by _fields
            first_name = self.first_name
            field_dict["first_name"] = first_name

        if not isinstance(self.last_name, Unset):  # absent only if trimmed by _fields
            last_name = self.last_name
            field_dict["last_name"] = last_name

        if not isinstance(self.image, Unset):  # absent only if trimmed by _fields
            image = self.image
            field_dict["image"] = image

        if not isinstance(self.date_created, Unset):  # absent only if trimmed by _fields
            date_created = self.date_created.isoformat()
            field_dict["date_created"] = date_created

        if not isinstance(self.date_updated, Unset):  # absent only if trimmed by _fields
            date_updated = self.date_updated.isoformat()
            field_dict["date_updated"] = date_updated

        last_used_timezone = self.last_used_timezone
        if last_used_timezone is not UNSET:
            field_dict["last_used_timezone"] = last_used_timezone

        email_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_accounts, Unset):
            email_accounts = []
            for email_accounts_item_data in self.email_accounts:
                email_accounts_item = email_accounts_item_data.to_dict()
                email_accounts.append(email_accounts_item)

        if email_accounts is not UNSET:
            field_dict["email_accounts"] = email_accounts

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers

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
            raise not_an_object("User", src_dict)
        from ..models.connected_account import ConnectedAccount  # noqa: PLC0415
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_email = d.pop("email", UNSET)
        email: str
        if isinstance(_raw_email, str):
            email = _raw_email
        else:
            email = MISSING
            if _raw_email is not UNSET:
                d["email"] = _raw_email

        _raw_first_name = d.pop("first_name", UNSET)
        first_name: str
        if isinstance(_raw_first_name, str):
            first_name = _raw_first_name
        else:
            first_name = MISSING
            if _raw_first_name is not UNSET:
                d["first_name"] = _raw_first_name

        _raw_last_name = d.pop("last_name", UNSET)
        last_name: str
        if isinstance(_raw_last_name, str):
            last_name = _raw_last_name
        else:
            last_name = MISSING
            if _raw_last_name is not UNSET:
                d["last_name"] = _raw_last_name

        _raw_image = d.pop("image", UNSET)
        image: str
        if isinstance(_raw_image, str):
            image = _raw_image
        else:
            image = MISSING
            if _raw_image is not UNSET:
                d["image"] = _raw_image

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

        _raw_last_used_timezone = d.pop("last_used_timezone", UNSET)
        last_used_timezone: str | Unset
        if isinstance(_raw_last_used_timezone, str):
            last_used_timezone = _raw_last_used_timezone
        else:
            last_used_timezone = UNSET
            if _raw_last_used_timezone is not UNSET:
                d["last_used_timezone"] = _raw_last_used_timezone

        _raw_email_accounts = d.pop("email_accounts", UNSET)
        try:
            _fits = _raw_email_accounts is UNSET or isinstance(_raw_email_accounts, list)
            if not _fits:
                raise TypeError()
            _email_accounts = _raw_email_accounts
            email_accounts: list[ConnectedAccount] | Unset = UNSET
            if _email_accounts is not UNSET:
                email_accounts = []
                for email_accounts_item_data in _email_accounts:
                    email_accounts_item = ConnectedAccount.from_dict(email_accounts_item_data)

                    email_accounts.append(email_accounts_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            email_accounts = UNSET
            if _raw_email_accounts is not UNSET:
                d["email_accounts"] = _raw_email_accounts

        _raw_phone_numbers = d.pop("phone_numbers", UNSET)
        try:
            _fits = _raw_phone_numbers is UNSET or isinstance(_raw_phone_numbers, list)
            if not _fits:
                raise TypeError()
            _phone_numbers = _raw_phone_numbers
            phone_numbers: list[PhoneNumber] | Unset = UNSET
            if _phone_numbers is not UNSET:
                phone_numbers = []
                for phone_numbers_item_data in _phone_numbers:
                    phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

                    phone_numbers.append(phone_numbers_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            phone_numbers = UNSET
            if _raw_phone_numbers is not UNSET:
                d["phone_numbers"] = _raw_phone_numbers

        parsed_obj = cls(
            id=id,
            email=email,
            first_name=first_name,
            last_name=last_name,
            image=image,
            date_created=date_created,
            date_updated=date_updated,
            last_used_timezone=last_used_timezone,
            email_accounts=email_accounts,
            phone_numbers=phone_numbers,
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
