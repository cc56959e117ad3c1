from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="SharingSettingsEmbeddedResponse")


@_attrs_define
class SharingSettingsEmbeddedResponse:
    """
    Attributes:
        created_at (datetime.datetime | None | Unset):
        created_by_id (None | str | Unset):
        group_ids (list[str] | Unset):
        updated_at (datetime.datetime | None | Unset):
        updated_by_id (None | str | Unset):
        user_ids (list[str] | Unset):
        whole_org (bool | Unset):
    """

    created_at: datetime.datetime | None | Unset = UNSET
    created_by_id: None | str | Unset = UNSET
    group_ids: list[str] | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    updated_by_id: None | str | Unset = UNSET
    user_ids: list[str] | Unset = UNSET
    whole_org: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by_id: None | str | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        group_ids: list[str] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_by_id: None | str | Unset
        if isinstance(self.updated_by_id, Unset):
            updated_by_id = UNSET
        else:
            updated_by_id = self.updated_by_id

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        whole_org = self.whole_org

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_id is not UNSET:
            field_dict["created_by_id"] = created_by_id
        if group_ids is not UNSET:
            field_dict["group_ids"] = group_ids
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by_id is not UNSET:
            field_dict["updated_by_id"] = updated_by_id
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if whole_org is not UNSET:
            field_dict["whole_org"] = whole_org

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_created_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id", UNSET))

        group_ids = cast(list[str], d.pop("group_ids", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = parse_datetime(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_updated_by_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by_id = _parse_updated_by_id(d.pop("updated_by_id", UNSET))

        user_ids = cast(list[str], d.pop("user_ids", UNSET))

        whole_org = d.pop("whole_org", UNSET)

        sharing_settings_embedded_response = cls(
            created_at=created_at,
            created_by_id=created_by_id,
            group_ids=group_ids,
            updated_at=updated_at,
            updated_by_id=updated_by_id,
            user_ids=user_ids,
            whole_org=whole_org,
        )

        sharing_settings_embedded_response.additional_properties = d
        return sharing_settings_embedded_response

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
