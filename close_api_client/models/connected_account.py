from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connected_account_type import ConnectedAccountType
from ..types import MISSING, UNSET, Unset, not_an_object

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.id, Unset):  # absent only if trimmed by _fields
            id = self.id
            field_dict["id"] = id

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_.value
            field_dict["_type"] = type_

        if not isinstance(self.organization_id, Unset):  # absent only if trimmed by _fields
            organization_id = self.organization_id
            field_dict["organization_id"] = organization_id

        if not isinstance(self.user_id, Unset):  # absent only if trimmed by _fields
            user_id = self.user_id
            field_dict["user_id"] = user_id

        if not isinstance(self.identities, Unset):  # absent only if trimmed by _fields
            identities = []
            for identities_item_data in self.identities:
                identities_item = identities_item_data.to_dict()
                identities.append(identities_item)

            field_dict["identities"] = identities

        email = self.email
        if email is not UNSET:
            field_dict["email"] = email

        synced_calendars: list[str] | Unset = UNSET
        if not isinstance(self.synced_calendars, Unset):
            synced_calendars = self.synced_calendars

        if synced_calendars is not UNSET:
            field_dict["synced_calendars"] = synced_calendars

        smtp: dict[str, Any] | None | Unset
        if isinstance(self.smtp, Unset):
            smtp = UNSET
        elif isinstance(self.smtp, ConnectedAccountServer):
            smtp = self.smtp.to_dict()
        else:
            smtp = self.smtp
        if smtp is not UNSET:
            field_dict["smtp"] = smtp

        imap: dict[str, Any] | None | Unset
        if isinstance(self.imap, Unset):
            imap = UNSET
        elif isinstance(self.imap, ConnectedAccountServer):
            imap = self.imap.to_dict()
        else:
            imap = self.imap
        if imap is not UNSET:
            field_dict["imap"] = imap

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
            raise not_an_object("ConnectedAccount", src_dict)
        from ..models.connected_account_identity import ConnectedAccountIdentity  # noqa: PLC0415
        from ..models.connected_account_server import ConnectedAccountServer  # noqa: PLC0415

        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        id: str
        if isinstance(_raw_id, str):
            id = _raw_id
        else:
            id = MISSING
            if _raw_id is not UNSET:
                d["id"] = _raw_id

        _raw_type_ = d.pop("_type", UNSET)
        try:
            _fits = _raw_type_ is not UNSET
            if not _fits:
                raise TypeError()
            type_ = ConnectedAccountType(_raw_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["_type"] = _raw_type_

        _raw_organization_id = d.pop("organization_id", UNSET)
        organization_id: str
        if isinstance(_raw_organization_id, str):
            organization_id = _raw_organization_id
        else:
            organization_id = MISSING
            if _raw_organization_id is not UNSET:
                d["organization_id"] = _raw_organization_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: str
        if isinstance(_raw_user_id, str):
            user_id = _raw_user_id
        else:
            user_id = MISSING
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_identities = d.pop("identities", UNSET)
        try:
            _fits = _raw_identities is not UNSET and isinstance(_raw_identities, list)
            if not _fits:
                raise TypeError()
            identities = []
            _identities = _raw_identities
            for identities_item_data in _identities:
                identities_item = ConnectedAccountIdentity.from_dict(identities_item_data)

                identities.append(identities_item)

        except (TypeError, ValueError, AttributeError, KeyError):
            identities = MISSING
            if _raw_identities is not UNSET:
                d["identities"] = _raw_identities

        _raw_email = d.pop("email", UNSET)
        email: str | Unset
        if isinstance(_raw_email, str):
            email = _raw_email
        else:
            email = UNSET
            if _raw_email is not UNSET:
                d["email"] = _raw_email

        _raw_synced_calendars = d.pop("synced_calendars", UNSET)
        synced_calendars: list[str] | Unset
        if isinstance(_raw_synced_calendars, list) and all(
            isinstance(item, str) for item in _raw_synced_calendars
        ):
            synced_calendars = _raw_synced_calendars
        else:
            synced_calendars = UNSET
            if _raw_synced_calendars is not UNSET:
                d["synced_calendars"] = _raw_synced_calendars

        _raw_smtp = d.pop("smtp", UNSET)
        try:

            def _parse_smtp(data: object) -> ConnectedAccountServer | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not ConnectedAccountServer._carries_constants(data):
                        raise TypeError()

                    smtp_type_0 = ConnectedAccountServer.from_dict(data)

                    return smtp_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(ConnectedAccountServer | None | Unset, data)

            smtp = _parse_smtp(_raw_smtp)

        except (TypeError, ValueError, AttributeError, KeyError):
            smtp = UNSET
            if _raw_smtp is not UNSET:
                d["smtp"] = _raw_smtp

        _raw_imap = d.pop("imap", UNSET)
        try:

            def _parse_imap(data: object) -> ConnectedAccountServer | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if not ConnectedAccountServer._carries_constants(data):
                        raise TypeError()

                    imap_type_0 = ConnectedAccountServer.from_dict(data)

                    return imap_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                fits_plain = data is None  # a bool, so mypy keeps the cast below
                if not fits_plain:
                    raise TypeError()
                return cast(ConnectedAccountServer | None | Unset, data)

            imap = _parse_imap(_raw_imap)

        except (TypeError, ValueError, AttributeError, KeyError):
            imap = UNSET
            if _raw_imap is not UNSET:
                d["imap"] = _raw_imap

        parsed_obj = cls(
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
