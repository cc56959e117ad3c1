from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connected_account_type import ConnectedAccountType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connected_account_identity import ConnectedAccountIdentity
    from ..models.connected_account_server import ConnectedAccountServer


T = TypeVar("T", bound="ConnectedAccount")


@_attrs_define
class ConnectedAccount:
    """An email or Zoom account connected to Close (`emailacct_...`). Google accounts list `synced_calendars`; custom email
    accounts carry their `smtp`/`imap` servers.

        Attributes:
            id (str):
            type_ (ConnectedAccountType): The kind of connected account.
            organization_id (str):
            user_id (str):
            identities (list[ConnectedAccountIdentity]): The addresses and names this account can send as.
            email (str | Unset): The account's address (shown for Zoom accounts).
            synced_calendars (list[str] | Unset):
            smtp (ConnectedAccountServer | None | Unset):
            imap (ConnectedAccountServer | None | Unset):
    """

    id: str
    type_: ConnectedAccountType
    organization_id: str
    user_id: str
    identities: list[ConnectedAccountIdentity]
    email: str | Unset = UNSET
    synced_calendars: list[str] | Unset = UNSET
    smtp: ConnectedAccountServer | None | Unset = UNSET
    imap: ConnectedAccountServer | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.connected_account_server import ConnectedAccountServer  # noqa: PLC0415

        id = self.id

        type_ = self.type_.value

        organization_id = self.organization_id

        user_id = self.user_id

        identities = []
        for identities_item_data in self.identities:
            identities_item = identities_item_data.to_dict()
            identities.append(identities_item)

        email = self.email

        synced_calendars: list[str] | Unset = UNSET
        if not isinstance(self.synced_calendars, Unset):
            synced_calendars = self.synced_calendars

        smtp: dict[str, Any] | None | Unset
        if isinstance(self.smtp, Unset):
            smtp = UNSET
        elif isinstance(self.smtp, ConnectedAccountServer):
            smtp = self.smtp.to_dict()
        else:
            smtp = self.smtp

        imap: dict[str, Any] | None | Unset
        if isinstance(self.imap, Unset):
            imap = UNSET
        elif isinstance(self.imap, ConnectedAccountServer):
            imap = self.imap.to_dict()
        else:
            imap = self.imap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_type": type_,
                "organization_id": organization_id,
                "user_id": user_id,
                "identities": identities,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if synced_calendars is not UNSET:
            field_dict["synced_calendars"] = synced_calendars
        if smtp is not UNSET:
            field_dict["smtp"] = smtp
        if imap is not UNSET:
            field_dict["imap"] = imap

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connected_account_identity import ConnectedAccountIdentity  # noqa: PLC0415
        from ..models.connected_account_server import ConnectedAccountServer  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = ConnectedAccountType(d.pop("_type"))

        organization_id = d.pop("organization_id")

        user_id = d.pop("user_id")

        identities = []
        _identities = d.pop("identities")
        for identities_item_data in _identities:
            identities_item = ConnectedAccountIdentity.from_dict(identities_item_data)

            identities.append(identities_item)

        email = d.pop("email", UNSET)

        synced_calendars = cast(list[str], d.pop("synced_calendars", UNSET))

        def _parse_smtp(data: object) -> ConnectedAccountServer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                smtp_type_0 = ConnectedAccountServer.from_dict(data)

                return smtp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectedAccountServer | None | Unset, data)

        smtp = _parse_smtp(d.pop("smtp", UNSET))

        def _parse_imap(data: object) -> ConnectedAccountServer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                imap_type_0 = ConnectedAccountServer.from_dict(data)

                return imap_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectedAccountServer | None | Unset, data)

        imap = _parse_imap(d.pop("imap", UNSET))

        connected_account = cls(
            id=id,
            type_=type_,
            organization_id=organization_id,
            user_id=user_id,
            identities=identities,
            email=email,
            synced_calendars=synced_calendars,
            smtp=smtp,
            imap=imap,
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
