from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_edit_custom_field_operation import BulkEditCustomFieldOperation
from ..models.bulk_edit_type import BulkEditType
from ..types import MISSING, UNSET, Unset, not_an_object

T = TypeVar("T", bound="BulkEditCreate")


@_attrs_define
class BulkEditCreate:
    """A bulk edit to start. `set_lead_status` needs `lead_status_id`; `clear_custom_field` needs
    `custom_field_id` or `custom_field_name`; `set_custom_field` needs one of those and
    `custom_field_value` (or `custom_field_values`).

        Attributes:
            query (str):
            type_ (BulkEditType): What a bulk edit changes.
            lead_status_id (str | Unset):
            custom_field_id (str | Unset):
            custom_field_name (str | Unset): The exact name of the custom field (instead of its id).
            custom_field_value (Any | Unset): The new value (any custom field type).
            custom_field_values (list[Any] | Unset): Several values, for fields that accept multiple values.
            custom_field_operation (BulkEditCustomFieldOperation | Unset): For multi-value custom fields, how the new values
                combine with the old ones.
            send_done_email (bool | Unset):
    """

    query: str
    type_: BulkEditType
    lead_status_id: str | Unset = UNSET
    custom_field_id: str | Unset = UNSET
    custom_field_name: str | Unset = UNSET
    custom_field_value: Any | Unset = UNSET
    custom_field_values: list[Any] | Unset = UNSET
    custom_field_operation: BulkEditCustomFieldOperation | Unset = UNSET
    send_done_email: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.query, Unset):  # absent only if trimmed by _fields
            query = self.query
            field_dict["query"] = query

        if not isinstance(self.type_, Unset):  # absent only if trimmed by _fields
            type_ = self.type_.value
            field_dict["type"] = type_

        lead_status_id = self.lead_status_id
        if lead_status_id is not UNSET:
            field_dict["lead_status_id"] = lead_status_id

        custom_field_id = self.custom_field_id
        if custom_field_id is not UNSET:
            field_dict["custom_field_id"] = custom_field_id

        custom_field_name = self.custom_field_name
        if custom_field_name is not UNSET:
            field_dict["custom_field_name"] = custom_field_name

        custom_field_value = self.custom_field_value
        if custom_field_value is not UNSET:
            field_dict["custom_field_value"] = custom_field_value

        custom_field_values: list[Any] | Unset = UNSET
        if not isinstance(self.custom_field_values, Unset):
            custom_field_values = self.custom_field_values

        if custom_field_values is not UNSET:
            field_dict["custom_field_values"] = custom_field_values

        custom_field_operation: str | Unset = UNSET
        if not isinstance(self.custom_field_operation, Unset):
            custom_field_operation = self.custom_field_operation.value

        if custom_field_operation is not UNSET:
            field_dict["custom_field_operation"] = custom_field_operation

        send_done_email = self.send_done_email
        if send_done_email is not UNSET:
            field_dict["send_done_email"] = send_done_email

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
            raise not_an_object("BulkEditCreate", src_dict)
        d = dict(src_dict)
        _raw_query = d.pop("query", UNSET)
        query: str
        if isinstance(_raw_query, str):
            query = _raw_query
        else:
            query = MISSING
            if _raw_query is not UNSET:
                d["query"] = _raw_query

        _raw_type_ = d.pop("type", UNSET)
        try:
            _fits = _raw_type_ is not UNSET
            if not _fits:
                raise TypeError()
            type_ = BulkEditType(_raw_type_)

        except (TypeError, ValueError, AttributeError, KeyError):
            type_ = MISSING
            if _raw_type_ is not UNSET:
                d["type"] = _raw_type_

        _raw_lead_status_id = d.pop("lead_status_id", UNSET)
        lead_status_id: str | Unset
        if isinstance(_raw_lead_status_id, str):
            lead_status_id = _raw_lead_status_id
        else:
            lead_status_id = UNSET
            if _raw_lead_status_id is not UNSET:
                d["lead_status_id"] = _raw_lead_status_id

        _raw_custom_field_id = d.pop("custom_field_id", UNSET)
        custom_field_id: str | Unset
        if isinstance(_raw_custom_field_id, str):
            custom_field_id = _raw_custom_field_id
        else:
            custom_field_id = UNSET
            if _raw_custom_field_id is not UNSET:
                d["custom_field_id"] = _raw_custom_field_id

        _raw_custom_field_name = d.pop("custom_field_name", UNSET)
        custom_field_name: str | Unset
        if isinstance(_raw_custom_field_name, str):
            custom_field_name = _raw_custom_field_name
        else:
            custom_field_name = UNSET
            if _raw_custom_field_name is not UNSET:
                d["custom_field_name"] = _raw_custom_field_name

        custom_field_value = d.pop("custom_field_value", UNSET)

        _raw_custom_field_values = d.pop("custom_field_values", UNSET)
        custom_field_values: list[Any] | Unset
        if isinstance(_raw_custom_field_values, list):
            custom_field_values = _raw_custom_field_values
        else:
            custom_field_values = UNSET
            if _raw_custom_field_values is not UNSET:
                d["custom_field_values"] = _raw_custom_field_values

        _raw_custom_field_operation = d.pop("custom_field_operation", UNSET)
        try:
            _custom_field_operation = _raw_custom_field_operation
            custom_field_operation: BulkEditCustomFieldOperation | Unset
            if isinstance(_custom_field_operation, Unset):
                custom_field_operation = UNSET
            else:
                custom_field_operation = BulkEditCustomFieldOperation(_custom_field_operation)

        except (TypeError, ValueError, AttributeError, KeyError):
            custom_field_operation = UNSET
            if _raw_custom_field_operation is not UNSET:
                d["custom_field_operation"] = _raw_custom_field_operation

        _raw_send_done_email = d.pop("send_done_email", UNSET)
        send_done_email: bool | Unset
        if isinstance(_raw_send_done_email, bool):
            send_done_email = _raw_send_done_email
        else:
            send_done_email = UNSET
            if _raw_send_done_email is not UNSET:
                d["send_done_email"] = _raw_send_done_email

        parsed_obj = cls(
            query=query,
            type_=type_,
            lead_status_id=lead_status_id,
            custom_field_id=custom_field_id,
            custom_field_name=custom_field_name,
            custom_field_value=custom_field_value,
            custom_field_values=custom_field_values,
            custom_field_operation=custom_field_operation,
            send_done_email=send_done_email,
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
