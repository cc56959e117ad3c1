from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format import ExportFormat
from ..models.lead_export_type import LeadExportType
from ..types import MISSING, UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.format_, Unset):  # absent only if trimmed by _fields
            format_ = self.format_.value
            field_dict["format"] = format_

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_.value
            field_dict["type"] = type_

        query = self.query
        if query is not UNSET:
            field_dict["query"] = query

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        if fields is not UNSET:
            field_dict["fields"] = fields

        include_activities = self.include_activities
        if include_activities is not UNSET:
            field_dict["include_activities"] = include_activities

        include_smart_fields = self.include_smart_fields
        if include_smart_fields is not UNSET:
            field_dict["include_smart_fields"] = include_smart_fields

        send_done_email = self.send_done_email
        if send_done_email is not UNSET:
            field_dict["send_done_email"] = send_done_email

        include_addresses = self.include_addresses
        if include_addresses is not UNSET:
            field_dict["include_addresses"] = include_addresses

        include_custom_objects = self.include_custom_objects
        if include_custom_objects is not UNSET:
            field_dict["include_custom_objects"] = include_custom_objects

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
            raise not_an_object("LeadExportCreate", src_dict)
        d = dict(src_dict)
        _raw_format_ = d.pop("format", UNSET)
        try:
            _fits = _raw_format_ is not UNSET
            if not _fits:
                raise TypeError()
            format_ = ExportFormat(_raw_format_)

        except (TypeError, ValueError, AttributeError, KeyError):
            format_ = MISSING
            if _raw_format_ is not UNSET:
                d["format"] = _raw_format_

        _raw_type_ = d.pop("type", UNSET)
        try:
            _fits = _raw_type_ is not UNSET
            if not _fits:
                raise TypeError()
            type_ = LeadExportType(_raw_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_query = d.pop("query", UNSET)
        query: str | Unset
        if isinstance(_raw_query, str):
            query = _raw_query
        else:
            query = UNSET
            if _raw_query is not UNSET:
                d["query"] = _raw_query

        _raw_fields = d.pop("fields", UNSET)
        fields: list[str] | Unset
        if isinstance(_raw_fields, list) and all(isinstance(item, str) for item in _raw_fields):
            fields = _raw_fields
        else:
            fields = UNSET
            if _raw_fields is not UNSET:
                d["fields"] = _raw_fields

        _raw_include_activities = d.pop("include_activities", UNSET)
        include_activities: bool | Unset
        if isinstance(_raw_include_activities, bool):
            include_activities = _raw_include_activities
        else:
            include_activities = UNSET
            if _raw_include_activities is not UNSET:
                d["include_activities"] = _raw_include_activities

        _raw_include_smart_fields = d.pop("include_smart_fields", UNSET)
        include_smart_fields: bool | Unset
        if isinstance(_raw_include_smart_fields, bool):
            include_smart_fields = _raw_include_smart_fields
        else:
            include_smart_fields = UNSET
            if _raw_include_smart_fields is not UNSET:
                d["include_smart_fields"] = _raw_include_smart_fields

        _raw_send_done_email = d.pop("send_done_email", UNSET)
        send_done_email: bool | Unset
        if isinstance(_raw_send_done_email, bool):
            send_done_email = _raw_send_done_email
        else:
            send_done_email = UNSET
            if _raw_send_done_email is not UNSET:
                d["send_done_email"] = _raw_send_done_email

        _raw_include_addresses = d.pop("include_addresses", UNSET)
        include_addresses: bool | Unset
        if isinstance(_raw_include_addresses, bool):
            include_addresses = _raw_include_addresses
        else:
            include_addresses = UNSET
            if _raw_include_addresses is not UNSET:
                d["include_addresses"] = _raw_include_addresses

        _raw_include_custom_objects = d.pop("include_custom_objects", UNSET)
        include_custom_objects: bool | Unset
        if isinstance(_raw_include_custom_objects, bool):
            include_custom_objects = _raw_include_custom_objects
        else:
            include_custom_objects = UNSET
            if _raw_include_custom_objects is not UNSET:
                d["include_custom_objects"] = _raw_include_custom_objects

        parsed_obj = cls(
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
