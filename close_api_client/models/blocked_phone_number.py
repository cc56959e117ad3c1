from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="BlockedPhoneNumber")


@_attrs_define
class BlockedPhoneNumber:
    """A phone number blocked from calling or being called by the organization.

    Attributes:
        id (str): `blkph_...`
        organization_id (str):
        phone (str): E.164.
        reason (str):
        created_by (str):
        updated_by (str):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
    """

    id: str
    organization_id: str
    phone: str
    reason: str
    created_by: str
    updated_by: str
    date_created: datetime.datetime
    date_updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        phone = self.phone

        reason = self.reason

        created_by = self.created_by

        updated_by = self.updated_by

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "phone": phone,
                "reason": reason,
                "created_by": created_by,
                "updated_by": updated_by,
                "date_created": date_created,
                "date_updated": date_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        phone = d.pop("phone")

        reason = d.pop("reason")

        created_by = d.pop("created_by")

        updated_by = d.pop("updated_by")

        date_created = parse_datetime(d.pop("date_created"))

        date_updated = parse_datetime(d.pop("date_updated"))

        blocked_phone_number = cls(
            id=id,
            organization_id=organization_id,
            phone=phone,
            reason=reason,
            created_by=created_by,
            updated_by=updated_by,
            date_created=date_created,
            date_updated=date_updated,
        )

        blocked_phone_number.additional_properties = d
        return blocked_phone_number

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
