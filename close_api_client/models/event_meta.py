from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventMeta")


@_attrs_define
class EventMeta:
    """Extra context of an event, depending on its type.

    Attributes:
        request_method (str | Unset): The HTTP method of the request that caused the event.
        request_path (str | Unset): The path of that request, e.g. `/api/v1/lead/`.
        bulk_action_id (str | Unset): The bulk action that caused the event.
        merge_source_lead_id (str | Unset): For lead merges, the lead merged away.
        merge_destination_lead_id (str | Unset): For lead merges, the lead that remains.
    """

    request_method: str | Unset = UNSET
    request_path: str | Unset = UNSET
    bulk_action_id: str | Unset = UNSET
    merge_source_lead_id: str | Unset = UNSET
    merge_destination_lead_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_method = self.request_method

        request_path = self.request_path

        bulk_action_id = self.bulk_action_id

        merge_source_lead_id = self.merge_source_lead_id

        merge_destination_lead_id = self.merge_destination_lead_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_method is not UNSET:
            field_dict["request_method"] = request_method
        if request_path is not UNSET:
            field_dict["request_path"] = request_path
        if bulk_action_id is not UNSET:
            field_dict["bulk_action_id"] = bulk_action_id
        if merge_source_lead_id is not UNSET:
            field_dict["merge_source_lead_id"] = merge_source_lead_id
        if merge_destination_lead_id is not UNSET:
            field_dict["merge_destination_lead_id"] = merge_destination_lead_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_method = d.pop("request_method", UNSET)

        request_path = d.pop("request_path", UNSET)

        bulk_action_id = d.pop("bulk_action_id", UNSET)

        merge_source_lead_id = d.pop("merge_source_lead_id", UNSET)

        merge_destination_lead_id = d.pop("merge_destination_lead_id", UNSET)

        event_meta = cls(
            request_method=request_method,
            request_path=request_path,
            bulk_action_id=bulk_action_id,
            merge_source_lead_id=merge_source_lead_id,
            merge_destination_lead_id=merge_destination_lead_id,
        )

        event_meta.additional_properties = d
        return event_meta

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
