from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.connected_account import ConnectedAccount
    from ..models.membership import Membership
    from ..models.organization import Organization
    from ..models.phone_number import PhoneNumber


T = TypeVar("T", bound="Me")


@_attrs_define
class Me:
    """The current user, with memberships and organizations.

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
        memberships (list[Membership] | Unset):
        organizations (list[Organization] | Unset):
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
    memberships: list[Membership] | Unset = UNSET
    organizations: list[Organization] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        image = self.image

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        last_used_timezone = self.last_used_timezone

        email_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_accounts, Unset):
            email_accounts = []
            for email_accounts_item_data in self.email_accounts:
                email_accounts_item = email_accounts_item_data.to_dict()
                email_accounts.append(email_accounts_item)

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "image": image,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )
        if last_used_timezone is not UNSET:
            field_dict["last_used_timezone"] = last_used_timezone
        if email_accounts is not UNSET:
            field_dict["email_accounts"] = email_accounts
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if organizations is not UNSET:
            field_dict["organizations"] = organizations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connected_account import ConnectedAccount  # noqa: PLC0415
        from ..models.membership import Membership  # noqa: PLC0415
        from ..models.organization import Organization  # noqa: PLC0415
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        image = d.pop("image")

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        last_used_timezone = d.pop("last_used_timezone", UNSET)

        _email_accounts = d.pop("email_accounts", UNSET)
        email_accounts: list[ConnectedAccount] | Unset = UNSET
        if _email_accounts is not UNSET:
            email_accounts = []
            for email_accounts_item_data in _email_accounts:
                email_accounts_item = ConnectedAccount.from_dict(email_accounts_item_data)

                email_accounts.append(email_accounts_item)

        _phone_numbers = d.pop("phone_numbers", UNSET)
        phone_numbers: list[PhoneNumber] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        _memberships = d.pop("memberships", UNSET)
        memberships: list[Membership] | Unset = UNSET
        if _memberships is not UNSET:
            memberships = []
            for memberships_item_data in _memberships:
                memberships_item = Membership.from_dict(memberships_item_data)

                memberships.append(memberships_item)

        _organizations = d.pop("organizations", UNSET)
        organizations: list[Organization] | Unset = UNSET
        if _organizations is not UNSET:
            organizations = []
            for organizations_item_data in _organizations:
                organizations_item = Organization.from_dict(organizations_item_data)

                organizations.append(organizations_item)

        me = cls(
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
            memberships=memberships,
            organizations=organizations,
        )

        me.additional_properties = d
        return me

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
