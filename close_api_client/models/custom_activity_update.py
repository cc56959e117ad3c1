from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_activity_status import CustomActivityStatus
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.custom_activity_update_custom_fields_type_0 import (
        CustomActivityUpdateCustomFieldsType0,
    )


T = TypeVar("T", bound="CustomActivityUpdate")


@_attrs_define
class CustomActivityUpdate:
    """Fields to change; `custom.<field id>: null` removes a value.

    Attributes:
        status (CustomActivityStatus | Unset): `published` instances have their required fields validated; `draft` ones
            do not.
        activity_at (datetime.datetime | None | Unset):
        contact_id (None | str | Unset):
        custom_fields (CustomActivityUpdateCustomFieldsType0 | None | Unset):
        pinned (bool | None | Unset):
    """

    status: CustomActivityStatus | Unset = UNSET
    activity_at: datetime.datetime | None | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    custom_fields: CustomActivityUpdateCustomFieldsType0 | None | Unset = UNSET
    pinned: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_activity_update_custom_fields_type_0 import (
            CustomActivityUpdateCustomFieldsType0,  # noqa: PLC0415
        )

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        activity_at: None | str | Unset
        if isinstance(self.activity_at, Unset):
            activity_at = UNSET
        elif isinstance(self.activity_at, datetime.datetime):
            activity_at = self.activity_at.isoformat()
        else:
            activity_at = self.activity_at

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, CustomActivityUpdateCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        pinned: bool | None | Unset
        if isinstance(self.pinned, Unset):
            pinned = UNSET
        else:
            pinned = self.pinned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if activity_at is not UNSET:
            field_dict["activity_at"] = activity_at
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if pinned is not UNSET:
            field_dict["pinned"] = pinned

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_activity_update_custom_fields_type_0 import (
            CustomActivityUpdateCustomFieldsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: CustomActivityStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CustomActivityStatus(_status)

        def _parse_activity_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activity_at_type_0 = parse_datetime(data)

                return activity_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        activity_at = _parse_activity_at(d.pop("activity_at", UNSET))

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        def _parse_custom_fields(
            data: object,
        ) -> CustomActivityUpdateCustomFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = CustomActivityUpdateCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomActivityUpdateCustomFieldsType0 | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        def _parse_pinned(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pinned = _parse_pinned(d.pop("pinned", UNSET))

        custom_activity_update = cls(
            status=status,
            activity_at=activity_at,
            contact_id=contact_id,
            custom_fields=custom_fields,
            pinned=pinned,
        )

        custom_activity_update.additional_properties = d
        return custom_activity_update

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
