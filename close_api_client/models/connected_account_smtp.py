from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectedAccountSmtp")


@_attrs_define
class ConnectedAccountSmtp:
    """
    Attributes:
        username (str | Unset):
        port (int | Unset):
        use_ssl (bool | Unset):
        host (str | Unset):
    """

    username: str | Unset = UNSET
    port: int | Unset = UNSET
    use_ssl: bool | Unset = UNSET
    host: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        port = self.port

        use_ssl = self.use_ssl

        host = self.host

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if port is not UNSET:
            field_dict["port"] = port
        if use_ssl is not UNSET:
            field_dict["use_ssl"] = use_ssl
        if host is not UNSET:
            field_dict["host"] = host

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username", UNSET)

        port = d.pop("port", UNSET)

        use_ssl = d.pop("use_ssl", UNSET)

        host = d.pop("host", UNSET)

        connected_account_smtp = cls(
            username=username,
            port=port,
            use_ssl=use_ssl,
            host=host,
        )

        connected_account_smtp.additional_properties = d
        return connected_account_smtp

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
