from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SavedSearch")


@_attrs_define
class SavedSearch:
    """A Smart View, a saved lead search query.

    Attributes:
        id (str | Unset): `save_...`
        organization_id (str | Unset):
        name (str | Unset):
        query (str | Unset):
        user_id (None | str | Unset): The owner; null for organization-wide views.
        is_shared (bool | Unset):
        used_recently (bool | Unset):
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    name: str | Unset = UNSET
    query: str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    is_shared: bool | Unset = UNSET
    used_recently: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        query = self.query

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        is_shared = self.is_shared

        used_recently = self.used_recently

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if name is not UNSET:
            field_dict["name"] = name
        if query is not UNSET:
            field_dict["query"] = query
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if used_recently is not UNSET:
            field_dict["used_recently"] = used_recently

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        name = d.pop("name", UNSET)

        query = d.pop("query", UNSET)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        is_shared = d.pop("is_shared", UNSET)

        used_recently = d.pop("used_recently", UNSET)

        saved_search = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            query=query,
            user_id=user_id,
            is_shared=is_shared,
            used_recently=used_recently,
        )

        saved_search.additional_properties = d
        return saved_search

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
