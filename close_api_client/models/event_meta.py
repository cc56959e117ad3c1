from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, not_an_object

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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        request_method = self.request_method
        if request_method is not UNSET:
            field_dict["request_method"] = request_method

        request_path = self.request_path
        if request_path is not UNSET:
            field_dict["request_path"] = request_path

        bulk_action_id = self.bulk_action_id
        if bulk_action_id is not UNSET:
            field_dict["bulk_action_id"] = bulk_action_id

        merge_source_lead_id = self.merge_source_lead_id
        if merge_source_lead_id is not UNSET:
            field_dict["merge_source_lead_id"] = merge_source_lead_id

        merge_destination_lead_id = self.merge_destination_lead_id
        if merge_destination_lead_id is not UNSET:
            field_dict["merge_destination_lead_id"] = merge_destination_lead_id

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
            raise not_an_object("EventMeta", src_dict)
        d = dict(src_dict)
        _raw_request_method = d.pop("request_method", UNSET)
        request_method: str | Unset
        if isinstance(_raw_request_method, str):
            request_method = _raw_request_method
        else:
            request_method = UNSET
            if _raw_request_method is not UNSET:
                d["request_method"] = _raw_request_method

        _raw_request_path = d.pop("request_path", UNSET)
        request_path: str | Unset
        if isinstance(_raw_request_path, str):
            request_path = _raw_request_path
        else:
            request_path = UNSET
            if _raw_request_path is not UNSET:
                d["request_path"] = _raw_request_path

        _raw_bulk_action_id = d.pop("bulk_action_id", UNSET)
        bulk_action_id: str | Unset
        if isinstance(_raw_bulk_action_id, str):
            bulk_action_id = _raw_bulk_action_id
        else:
            bulk_action_id = UNSET
            if _raw_bulk_action_id is not UNSET:
                d["bulk_action_id"] = _raw_bulk_action_id

        _raw_merge_source_lead_id = d.pop("merge_source_lead_id", UNSET)
        merge_source_lead_id: str | Unset
        if isinstance(_raw_merge_source_lead_id, str):
            merge_source_lead_id = _raw_merge_source_lead_id
        else:
            merge_source_lead_id = UNSET
            if _raw_merge_source_lead_id is not UNSET:
                d["merge_source_lead_id"] = _raw_merge_source_lead_id

        _raw_merge_destination_lead_id = d.pop("merge_destination_lead_id", UNSET)
        merge_destination_lead_id: str | Unset
        if isinstance(_raw_merge_destination_lead_id, str):
            merge_destination_lead_id = _raw_merge_destination_lead_id
        else:
            merge_destination_lead_id = UNSET
            if _raw_merge_destination_lead_id is not UNSET:
                d["merge_destination_lead_id"] = _raw_merge_destination_lead_id

        parsed_obj = cls(
            request_method=request_method,
            request_path=request_path,
            bulk_action_id=bulk_action_id,
            merge_source_lead_id=merge_source_lead_id,
            merge_destination_lead_id=merge_destination_lead_id,
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
