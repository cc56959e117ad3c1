from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connected_account_identities_item import ConnectedAccountIdentitiesItem
    from ..models.connected_account_smtp import ConnectedAccountSmtp


T = TypeVar("T", bound="ConnectedAccount")


@_attrs_define
class ConnectedAccount:
    """
    Attributes:
        id (str | Unset):
        organization_id (str | Unset):
        user_id (str | Unset):
        identities (list[ConnectedAccountIdentitiesItem] | Unset):
        synced_calendars (list[str] | Unset):
        type_ (str | Unset):
        smtp (ConnectedAccountSmtp | Unset):
        imap (Any | Unset): Shape not documented (only null shown).
        email (str | Unset):
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    identities: list[ConnectedAccountIdentitiesItem] | Unset = UNSET
    synced_calendars: list[str] | Unset = UNSET
    type_: str | Unset = UNSET
    smtp: ConnectedAccountSmtp | Unset = UNSET
    imap: Any | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        user_id = self.user_id

        identities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identities, Unset):
            identities = []
            for identities_item_data in self.identities:
                identities_item = identities_item_data.to_dict()
                identities.append(identities_item)

        synced_calendars: list[str] | Unset = UNSET
        if not isinstance(self.synced_calendars, Unset):
            synced_calendars = self.synced_calendars

        type_ = self.type_

        smtp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.smtp, Unset):
            smtp = self.smtp.to_dict()

        imap = self.imap

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if identities is not UNSET:
            field_dict["identities"] = identities
        if synced_calendars is not UNSET:
            field_dict["synced_calendars"] = synced_calendars
        if type_ is not UNSET:
            field_dict["_type"] = type_
        if smtp is not UNSET:
            field_dict["smtp"] = smtp
        if imap is not UNSET:
            field_dict["imap"] = imap
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connected_account_identities_item import ConnectedAccountIdentitiesItem  # noqa: PLC0415
        from ..models.connected_account_smtp import ConnectedAccountSmtp  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        _identities = d.pop("identities", UNSET)
        identities: list[ConnectedAccountIdentitiesItem] | Unset = UNSET
        if _identities is not UNSET:
            identities = []
            for identities_item_data in _identities:
                identities_item = ConnectedAccountIdentitiesItem.from_dict(identities_item_data)

                identities.append(identities_item)

        synced_calendars = cast(list[str], d.pop("synced_calendars", UNSET))

        type_ = d.pop("_type", UNSET)

        _smtp = d.pop("smtp", UNSET)
        smtp: ConnectedAccountSmtp | Unset
        if isinstance(_smtp, Unset):
            smtp = UNSET
        else:
            smtp = ConnectedAccountSmtp.from_dict(_smtp)

        imap = d.pop("imap", UNSET)

        email = d.pop("email", UNSET)

        connected_account = cls(
            id=id,
            organization_id=organization_id,
            user_id=user_id,
            identities=identities,
            synced_calendars=synced_calendars,
            type_=type_,
            smtp=smtp,
            imap=imap,
            email=email,
        )

        connected_account.additional_properties = d
        return connected_account

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
