from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="SharingSettingsEmbeddedResponse")


@_attrs_define
class SharingSettingsEmbeddedResponse:
    """
    Attributes:
        created_at (datetime.datetime | None):
        created_by_id (None | str):
        group_ids (list[str]):
        updated_at (datetime.datetime | None):
        updated_by_id (None | str):
        user_ids (list[str]):
        whole_org (bool):
    """

    created_at: datetime.datetime | None
    created_by_id: None | str
    group_ids: list[str]
    updated_at: datetime.datetime | None
    updated_by_id: None | str
    user_ids: list[str]
    whole_org: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by_id: None | str
        created_by_id = self.created_by_id

        group_ids = self.group_ids

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_by_id: None | str
        updated_by_id = self.updated_by_id

        user_ids = self.user_ids

        whole_org = self.whole_org

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by_id": created_by_id,
                "group_ids": group_ids,
                "updated_at": updated_at,
                "updated_by_id": updated_by_id,
                "user_ids": user_ids,
                "whole_org": whole_org,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_created_by_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by_id = _parse_created_by_id(d.pop("created_by_id"))

        group_ids = cast(list[str], d.pop("group_ids"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = parse_datetime(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        def _parse_updated_by_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by_id = _parse_updated_by_id(d.pop("updated_by_id"))

        user_ids = cast(list[str], d.pop("user_ids"))

        whole_org = d.pop("whole_org")

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
