from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format import ExportFormat
from ..models.lead_export_type import LeadExportType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LeadExportCreate")


@_attrs_define
class LeadExportCreate:
    """An export of the leads matching a search query.

    Attributes:
        format_ (ExportFormat): File format; JSON is recommended for backups and migrations.
        type_ (LeadExportType): CSV rows per `leads`, `contacts` or `lead_opps` (opportunities); for JSON, `leads` is
            the superset.
        query (str | Unset): Lead search query (all leads by default).
        fields (list[str] | Unset): Only these fields (all by default).
        include_activities (bool | Unset): Include activities (JSON `leads` exports only).
        include_smart_fields (bool | Unset): Include smart fields (JSON `leads` exports, or any CSV export).
        send_done_email (bool | Unset):
        include_addresses (bool | Unset):
        include_custom_objects (bool | Unset):  Default: False.
    """

    format_: ExportFormat
    type_: LeadExportType
    query: str | Unset = UNSET
    fields: list[str] | Unset = UNSET
    include_activities: bool | Unset = UNSET
    include_smart_fields: bool | Unset = UNSET
    send_done_email: bool | Unset = UNSET
    include_addresses: bool | Unset = UNSET
    include_custom_objects: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_.value

        type_ = self.type_.value

        query = self.query

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        include_activities = self.include_activities

        include_smart_fields = self.include_smart_fields

        send_done_email = self.send_done_email

        include_addresses = self.include_addresses

        include_custom_objects = self.include_custom_objects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "type": type_,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if fields is not UNSET:
            field_dict["fields"] = fields
        if include_activities is not UNSET:
            field_dict["include_activities"] = include_activities
        if include_smart_fields is not UNSET:
            field_dict["include_smart_fields"] = include_smart_fields
        if send_done_email is not UNSET:
            field_dict["send_done_email"] = send_done_email
        if include_addresses is not UNSET:
            field_dict["include_addresses"] = include_addresses
        if include_custom_objects is not UNSET:
            field_dict["include_custom_objects"] = include_custom_objects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        format_ = ExportFormat(d.pop("format"))

        type_ = LeadExportType(d.pop("type"))

        query = d.pop("query", UNSET)

        fields = cast(list[str], d.pop("fields", UNSET))

        include_activities = d.pop("include_activities", UNSET)

        include_smart_fields = d.pop("include_smart_fields", UNSET)

        send_done_email = d.pop("send_done_email", UNSET)

        include_addresses = d.pop("include_addresses", UNSET)

        include_custom_objects = d.pop("include_custom_objects", UNSET)

        lead_export_create = cls(
            format_=format_,
            type_=type_,
            query=query,
            fields=fields,
            include_activities=include_activities,
            include_smart_fields=include_smart_fields,
            send_done_email=send_done_email,
            include_addresses=include_addresses,
            include_custom_objects=include_custom_objects,
        )

        lead_export_create.additional_properties = d
        return lead_export_create

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
