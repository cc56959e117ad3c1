from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedSchedulingLinkAssociation")


@_attrs_define
class SharedSchedulingLinkAssociation:
    """The mapping of a Shared Scheduling Link for one user, to a User Scheduling Link or a URL.

    Attributes:
        organization_id (str):
        shared_scheduling_link_id (str | Unset):
        user_id (None | str | Unset):
        user_scheduling_link_id (None | str | Unset):
        url (None | str | Unset):
    """

    organization_id: str
    shared_scheduling_link_id: str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    user_scheduling_link_id: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        shared_scheduling_link_id = self.shared_scheduling_link_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_scheduling_link_id: None | str | Unset
        if isinstance(self.user_scheduling_link_id, Unset):
            user_scheduling_link_id = UNSET
        else:
            user_scheduling_link_id = self.user_scheduling_link_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
            }
        )
        if shared_scheduling_link_id is not UNSET:
            field_dict["shared_scheduling_link_id"] = shared_scheduling_link_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_scheduling_link_id is not UNSET:
            field_dict["user_scheduling_link_id"] = user_scheduling_link_id
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        shared_scheduling_link_id = d.pop("shared_scheduling_link_id", UNSET)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_user_scheduling_link_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_scheduling_link_id = _parse_user_scheduling_link_id(
            d.pop("user_scheduling_link_id", UNSET)
        )

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        shared_scheduling_link_association = cls(
            organization_id=organization_id,
            shared_scheduling_link_id=shared_scheduling_link_id,
            user_id=user_id,
            user_scheduling_link_id=user_scheduling_link_id,
            url=url,
        )

        shared_scheduling_link_association.additional_properties = d
        return shared_scheduling_link_association

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
