from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_activity_status import CustomActivityStatus
from ..types import MISSING, UNSET, Unset

T = TypeVar("T", bound="CustomActivityCreate")


@_attrs_define
class CustomActivityCreate:
    """A new Custom Activity instance; field values go in `custom.<field id>` keys (additional properties).

    Attributes:
        custom_activity_type_id (str):
        lead_id (str | Unset):
        contact_id (str | Unset):
        user_id (str | Unset):
        status (CustomActivityStatus | Unset): `published` instances have their required fields validated; `draft` ones
            do not.
    """

    custom_activity_type_id: str
    lead_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    status: CustomActivityStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if not isinstance(self.custom_activity_type_id, Unset):  # absent only if trimmed by _fields
            custom_activity_type_id = self.custom_activity_type_id
            field_dict["custom_activity_type_id"] = custom_activity_type_id

        lead_id = self.lead_id
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id

        contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        user_id = self.user_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from JSON; a field value never makes this raise.

        A value that does not fit its field (a ``null`` where the spec has none, a string where
        it has a number) is kept under its key in ``additional_properties`` and the field is
        left ``UNSET``, so the declared types hold and ``to_dict()`` gives back what came in.
        A field the spec marks as always sent but which is absent (a response trimmed with
        ``_fields``) is ``UNSET`` too. Only ``_type``-like constants are strict: they tell the
        members of a union apart.
        """
        d = dict(src_dict)
        _raw_custom_activity_type_id = d.pop("custom_activity_type_id", UNSET)
        custom_activity_type_id: str
        if isinstance(_raw_custom_activity_type_id, str):
            custom_activity_type_id = _raw_custom_activity_type_id
        else:
            custom_activity_type_id = MISSING
            if _raw_custom_activity_type_id is not UNSET:
                d["custom_activity_type_id"] = _raw_custom_activity_type_id

        _raw_lead_id = d.pop("lead_id", UNSET)
        lead_id: str | Unset
        if isinstance(_raw_lead_id, str):
            lead_id = _raw_lead_id
        else:
            lead_id = UNSET
            if _raw_lead_id is not UNSET:
                d["lead_id"] = _raw_lead_id

        _raw_contact_id = d.pop("contact_id", UNSET)
        contact_id: str | Unset
        if isinstance(_raw_contact_id, str):
            contact_id = _raw_contact_id
        else:
            contact_id = UNSET
            if _raw_contact_id is not UNSET:
                d["contact_id"] = _raw_contact_id

        _raw_user_id = d.pop("user_id", UNSET)
        user_id: str | Unset
        if isinstance(_raw_user_id, str):
            user_id = _raw_user_id
        else:
            user_id = UNSET
            if _raw_user_id is not UNSET:
                d["user_id"] = _raw_user_id

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: CustomActivityStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = CustomActivityStatus(_status)

        except (TypeError, ValueError, AttributeError, KeyError):
            status = UNSET
            if _raw_status is not UNSET:
                d["status"] = _raw_status

        parsed_obj = cls(
            custom_activity_type_id=custom_activity_type_id,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            status=status,
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
