from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SchedulingLinkIntegrationUpsert")


@_attrs_define
class SchedulingLinkIntegrationUpsert:
    """A User Scheduling Link managed by an OAuth application, identified by `source_id`.

    Attributes:
        source_id (str): The application's own identifier; a second call with the same value updates the link.
        name (str | Unset):
        url (str | Unset):
        description (None | str | Unset):
        source_type (None | str | Unset): Short descriptor shown in Close.
        duration_in_minutes (int | None | Unset):
    """

    source_id: str
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    description: None | str | Unset = UNSET
    source_type: None | str | Unset = UNSET
    duration_in_minutes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        name = self.name

        url = self.url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        else:
            source_type = self.source_type

        duration_in_minutes: int | None | Unset
        if isinstance(self.duration_in_minutes, Unset):
            duration_in_minutes = UNSET
        else:
            duration_in_minutes = self.duration_in_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_id": source_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if description is not UNSET:
            field_dict["description"] = description
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if duration_in_minutes is not UNSET:
            field_dict["duration_in_minutes"] = duration_in_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_id = d.pop("source_id")

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_source_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        def _parse_duration_in_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_in_minutes = _parse_duration_in_minutes(d.pop("duration_in_minutes", UNSET))

        scheduling_link_integration_upsert = cls(
            source_id=source_id,
            name=name,
            url=url,
            description=description,
            source_type=source_type,
            duration_in_minutes=duration_in_minutes,
        )

        scheduling_link_integration_upsert.additional_properties = d
        return scheduling_link_integration_upsert

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
