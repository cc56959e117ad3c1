from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_activity_status import CustomActivityStatus
from ..types import UNSET, Unset

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
        custom_activity_type_id = self.custom_activity_type_id

        lead_id = self.lead_id

        contact_id = self.contact_id

        user_id = self.user_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_activity_type_id": custom_activity_type_id,
            }
        )
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_activity_type_id = d.pop("custom_activity_type_id")

        lead_id = d.pop("lead_id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        _status = d.pop("status", UNSET)
        status: CustomActivityStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CustomActivityStatus(_status)

        custom_activity_create = cls(
            custom_activity_type_id=custom_activity_type_id,
            lead_id=lead_id,
            contact_id=contact_id,
            user_id=user_id,
            status=status,
        )

        custom_activity_create.additional_properties = d
        return custom_activity_create

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
